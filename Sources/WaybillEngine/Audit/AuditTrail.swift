import Foundation
import WaybillExpressions
import WaybillStore

/// The audit events of one unit of work, collected while it runs and appended in one transaction.
public struct AuditTrail: Sendable {
    /// The job.
    public var jobID: JobID?
    /// The flow.
    public var flow: String
    /// The connection (tenant).
    public var connection: String
    /// The source identity.
    public var sourceID: String?
    /// Events so far.
    public private(set) var events: [AuditEvent] = []

    /// Creates an empty trail.
    public init(jobID: JobID?, flow: String, connection: String, sourceID: String?) {
        self.jobID = jobID
        self.flow = flow
        self.connection = connection
        self.sourceID = sourceID
    }

    /// Adds an event with details (a JSON object).
    public mutating func add(_ kind: AuditKind, targetID: String? = nil, at: Date, _ detail: [String: Value] = [:]) {
        events.append(AuditEvent(
            jobID: jobID, flow: flow, connection: connection, sourceID: sourceID, targetID: targetID,
            kind: kind, detail: Value.object(detail).canonicalJSON, at: at))
    }

    /// Adds the calls of a trace.
    public mutating func add(calls: [CallRecord], targetID: String? = nil, at: Date) {
        for call in calls {
            let ms = Double(call.duration.components.seconds) * 1000
                + Double(call.duration.components.attoseconds) / 1e15
            add(.call, targetID: targetID, at: at, [
                "system": .string(call.system), "method": .string(call.method), "url": .string(call.url),
                "status": call.status.map(Value.int) ?? .null, "duration_ms": .int(Int(ms.rounded())),
                "result": .string(call.result),
            ])
        }
    }
}

extension AuditKind {
    /// A match found an existing target record that was adopted instead of created.
    public static let adopted: AuditKind = "adopted"
}
