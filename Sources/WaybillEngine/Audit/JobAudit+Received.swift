import Foundation
import WaybillExpressions
import WaybillStore

extension JobAudit {
    /// The `received` audit of `jobs`: each event's detail is `fields` plus the job's source
    /// `version`, as canonical JSON (keys sorted by their UTF-8 bytes; a `version` in `fields` is
    /// replaced by the job's).
    public static func received(_ jobs: [NewJob], fields: [String: String], at: Date) -> JobAudit {
        let versionKey = "version"
        let sorted = fields.filter { $0.key != versionKey }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let versionIndex = sorted.firstIndex { versionKey.utf8.lexicographicallyPrecedes($0.key.utf8) } ?? sorted.count
        let details = jobs.map { job in
            var detail: [UInt8] = [UInt8(ascii: "{")]
            detail.reserveCapacity(128)
            var first = true
            func append(_ key: String, _ value: String) {
                if !first { detail.append(UInt8(ascii: ",")) }
                first = false
                Value.appendCanonicalJSON(string: key, to: &detail)
                detail.append(UInt8(ascii: ":"))
                Value.appendCanonicalJSON(string: value, to: &detail)
            }
            for (index, field) in sorted.enumerated() {
                if index == versionIndex { append(versionKey, job.sourceVersion) }
                append(field.key, field.value)
            }
            if versionIndex == sorted.count { append(versionKey, job.sourceVersion) }
            detail.append(UInt8(ascii: "}"))
            return String(decoding: detail, as: UTF8.self)
        }
        return JobAudit(kind: .received, details: details, at: at)
    }
}
