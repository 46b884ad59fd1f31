/// Decoding of the step forms beyond plain writes: `report:` steps and the `context:` of calls.
extension StepDecoder {
    /// A `report:` step (`name`, `report`, `when`); nil when `report` is absent.
    static func reportStep(_ reader: MappingReader, _ node: YAMLNode, name: String, when: RuleExpression?,
                           _ session: DecodeSession) -> Step?? {
        guard reader.has("report") else { return nil }
        reader.allow("name", "when")
        guard let reportNode = reader.value("report"),
              let inner = session.mapping(reportNode, reader.child("report")) else { return .some(nil) }
        defer { inner.finish() }
        let kind = inner.string("kind", required: true)
        let severity = inner.choice("severity", ReportStep.Severity.self) ?? .warning
        let message = inner.template("message", required: true)
        let metric = inner.string("metric")
        let threshold = inner.int("alert_threshold")
        if let threshold, threshold < 1, let thresholdNode = inner.value("alert_threshold") {
            session.report(.badValue, at: thresholdNode.location, "`alert_threshold` is at least 1")
        }
        let window = inner.duration("alert_window")
        if window != nil, threshold == nil, let windowNode = inner.value("alert_window") {
            session.report(.missingKey, at: windowNode.location,
                           "`alert_window` needs `alert_threshold` (how many findings in the window raise an alert)")
        }
        guard let kind, let message else { return .some(nil) }
        let report = ReportStep(kind: kind, severity: severity, message: message, metric: metric,
                                alertThreshold: threshold, alertWindow: window)
        return .some(Step(name: name, system: nil, target: nil, operation: .report, match: [], values: [],
                          when: when, then: [], location: node.location, report: report))
    }

    /// The `context:` mapping of a call (Odoo context keys with literal values).
    static func context(_ reader: MappingReader, _ session: DecodeSession) -> [String: LiteralValue] {
        let pairs = reader.entries("context") { _, node, _ in session.literal(node) } ?? []
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}
