import Foundation
import Logging
import Synchronization
import Testing
import WaybillLogging

@Suite("Lazy log handler")
struct LazyLogHandlerTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    @Test("lines keep StreamLogHandler's format: level, label, sorted metadata, source, message")
    func format() throws {
        let lines = Lines()
        var logger = Logger(label: "waybill") { LazyLogHandler(label: $0, write: lines.append) }
        logger[metadataKey: "b"] = "2"
        logger[metadataKey: "a"] = "1"
        logger.info("listening", metadata: ["c": "3"])
        let line = try #require(lines.all.first)
        #expect(line.hasSuffix(" info waybill: a=1 b=2 c=3 [WaybillServerTests] listening\n"), "\(line)")
        #expect(line.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} "#, options: .regularExpression) != nil, "\(line)")
    }

    @Test("levels below the logger's are not written; metadata set on a copy stays on the copy")
    func levelsAndCopies() {
        let lines = Lines()
        var logger = Logger(label: "x") { LazyLogHandler(label: $0, write: lines.append) }
        logger.logLevel = .warning
        logger.info("dropped")
        var request = logger
        request[metadataKey: "hb.request.id"] = "42"
        request.error("failed")
        logger.warning("plain")
        #expect(lines.all.count == 2)
        #expect(lines.all.first?.contains("hb.request.id=42 [") == true)
        #expect(lines.all.last?.contains("x: [") == true, "the original logger has no metadata: \(lines.all)")
    }
}
