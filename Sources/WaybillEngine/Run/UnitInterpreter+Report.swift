import Foundation
import WaybillExpressions
import WaybillStore

extension AuditKind {
    /// A finding recorded by a `report:` step.
    public static let finding: AuditKind = "finding"
    /// A `report:` step's alert threshold was reached.
    public static let alert: AuditKind = "alert"
}

extension UnitInterpreter {
    /// Records one finding of a `report:` step, and an alert when the findings of the same kind
    /// within the alert window reach the threshold.
    func runReport(_ step: StepProgram, _ report: ReportProgram, scope: UnitScope, now: Date,
                   audit: inout AuditTrail) async throws {
        if let when = step.when, try when.evaluate(scope) != .bool(true) {
            audit.add(.skipped, at: now, ["step": .string(step.name), "reason": .string("when is false")])
            return
        }
        let message = try report.message.evaluate(scope).text ?? ""
        var detail: [String: Value] = [
            "step": .string(step.name), "kind": .string(report.kind), "severity": .string(report.severity),
            "message": .string(message),
        ]
        if let metric = report.metric {
            detail["metric"] = .string(metric)
            metrics.increment(metric, ["flow": flow.name, "tenant": tenant.name, "kind": report.kind,
                                      "severity": report.severity])
        }
        audit.add(.finding, at: now, detail)
        guard let threshold = report.alertThreshold else { return }
        let since = now.addingTimeInterval(-report.alertWindow)
        let earlier = try await store.auditEvents(AuditQuery(flow: flow.name, connection: tenant.name, since: since, limit: 100_000))
        let sameKind = earlier.filter { $0.kind == .finding && $0.detail.contains("\"kind\":\"\(report.kind)\"") }
        let count = sameKind.count + 1
        if count >= threshold {
            audit.add(.alert, at: now, [
                "kind": .string(report.kind), "findings": .int(count), "threshold": .int(threshold),
                "window_seconds": .int(Int(report.alertWindow)),
            ])
        }
    }
}
