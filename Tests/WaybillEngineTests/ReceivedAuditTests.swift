import Foundation
import Testing
import WaybillEngine
import WaybillExpressions
import WaybillStore

/// The `received` audit detail is exactly the canonical JSON of the fields plus the job's version.
@Suite struct ReceivedAuditTests {
    private func job(version: String) -> NewJob {
        NewJob(flow: "f", connection: "c", identity: "i", sourceVersion: version, payload: Data("{}".utf8))
    }

    private func expected(_ fields: [String: String], version: String) -> String {
        var object = fields.mapValues { Value.string($0) }
        object["version"] = .string(version)
        return Value.object(object).canonicalJSON
    }

    @Test(arguments: [
        [:],
        ["trigger": "poll"],
        ["trigger": "webhook", "delivery": "d-1"],
        ["a": "1", "z": "2", "vers": "3", "versionx": "4", "Version": "5"],
        ["version": "ignored", "trigger": "poll"],
        ["delivery": "quote \" backslash \\ newline \n tab \t", "zzz": "é ü 😀"],
    ])
    func matchesCanonicalJSON(fields: [String: String]) {
        let versions = ["2026-05-01T10:00:00", "with \"quotes\"", "", "ctl \u{01}"]
        let audit = JobAudit.received(versions.map(job(version:)), fields: fields, at: Date(timeIntervalSince1970: 0))
        #expect(audit.kind == .received)
        #expect(audit.details == versions.map { expected(fields, version: $0) })
    }
}
