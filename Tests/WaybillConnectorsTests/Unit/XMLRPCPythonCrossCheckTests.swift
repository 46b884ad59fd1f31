import Foundation
import Testing
@testable import WaybillConnectors

/// Whether a `python3` is on the PATH (the cross-check is skipped without one).
private let hasPython: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/python3") }
}()

/// Our `methodCall` read back by Python's `xmlrpc.client` (the marshaller Odoo runs on).
@Suite struct XMLRPCPythonCrossCheckTests {
    static let script = """
        import sys, json, xmlrpc.client as x
        params, method = x.loads(sys.stdin.buffer.read(), use_builtin_types=True)
        def plain(v):
            if isinstance(v, bytes): return {"bytes": list(v)}
            if hasattr(v, "strftime"): return {"date": v.strftime("%Y%m%dT%H:%M:%S")}
            if isinstance(v, list): return [plain(i) for i in v]
            if isinstance(v, dict): return {k: plain(i) for k, i in v.items()}
            return v
        print(json.dumps({"method": method, "params": plain(list(params))}, sort_keys=True))
        """

    @Test(.enabled(if: hasPython)) func pythonReadsOurMethodCall() throws {
        let params: [XMLRPCValue] = [
            .string("a < b & \"c\" Ünï 🚚"), .int(5_000_000_000), .bool(false), .double(19.99), .nil,
            .array([.int(0), .int(0), .structure(["name": .string("x"), "qty": .double(2.5)])]),
            .dateTime("20240501T12:00:00"), .base64(Data([0, 1, 255])),
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(XMLRPCEncoder.methodCall("execute_kw", params: params))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let decoded = try JSONValue.parse(data)
        #expect(decoded["method"] == "execute_kw")
        let expected: JSONValue = [
            "a < b & \"c\" Ünï 🚚", 5_000_000_000, false, 19.99, nil, [0, 0, ["name": "x", "qty": 2.5]],
            ["date": "20240501T12:00:00"], ["bytes": [0, 1, 255]],
        ]
        #expect(decoded["params"] == expected)
    }
}
