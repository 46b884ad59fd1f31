/// The plan tree of a `report:` step.
extension PlanTreeParts {
    static func report(_ report: ReportStep) -> PlanTree {
        var entries: [(String, PlanTree)] = [
            ("kind", .text(report.kind)), ("severity", .text(report.severity.rawValue)),
            ("message", .text(expression(report.message))),
            ("metric", .text(report.metric ?? "none")),
        ]
        if let threshold = report.alertThreshold {
            let window = report.alertWindow ?? RuleDuration(milliseconds: 86_400_000)
            entries.append(("alert", .text("\(threshold) finding(s) within \(window)")))
        } else {
            entries.append(("alert", .text("never")))
        }
        return .object(entries)
    }
}
