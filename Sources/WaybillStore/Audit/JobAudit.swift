import Foundation

/// An audit event written for every job an ``EnqueueRequest`` inserts, in the same transaction
/// (so a burst of webhooks costs one commit for jobs and audit together). The event's detail is
/// a JSON object of `fields` plus `"version"`: the job's source version.
public struct JobAudit: Sendable, Hashable {
    /// The kind (usually `.received`).
    public var kind: AuditKind
    /// Text fields of the detail object.
    public var fields: [String: String]
    /// When it happened.
    public var at: Date

    /// Creates the template.
    public init(kind: AuditKind, fields: [String: String], at: Date) {
        self.kind = kind
        self.fields = fields
        self.at = at
    }

    /// The event for one inserted job.
    func event(for job: NewJob, id: JobID) -> AuditEvent {
        var detail = fields
        detail["version"] = job.sourceVersion
        let body = detail.keys.sorted().map { "\(Self.quoted($0)):\(Self.quoted(detail[$0] ?? ""))" }
            .joined(separator: ",")
        return AuditEvent(jobID: id, flow: job.flow, connection: job.connection, sourceID: job.identity, kind: kind,
                          detail: "{\(body)}", at: at)
    }

    /// A JSON string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
