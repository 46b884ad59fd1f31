import Foundation
import WaybillExpressions
import WaybillStore

extension JobAudit {
    /// The `received` audit of `jobs`: each event's detail is `fields` plus the job's source
    /// `version`, as canonical JSON.
    public static func received(_ jobs: [NewJob], fields: [String: String], at: Date) -> JobAudit {
        let base = fields.mapValues { Value.string($0) }
        let details = jobs.map { job in
            var detail = base
            detail["version"] = .string(job.sourceVersion)
            return Value.object(detail).canonicalJSON
        }
        return JobAudit(kind: .received, details: details, at: at)
    }
}
