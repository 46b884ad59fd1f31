/// A `report:` step: records a finding instead of writing to a system. The engine writes an
/// audit entry of `kind` with the rendered `message`, increments `metric` (labelled by `kind` and
/// `severity`) and raises an alert when `alertThreshold` findings of the flow and kind happen
/// within `alertWindow`.
public struct ReportStep: Sendable {
    /// Finding kind (a stable snake_case label, e.g. `missing_order`).
    public var kind: String
    /// How serious the finding is.
    public var severity: Severity
    /// The message template (`${…}` interpolation over the unit, lookups and earlier steps).
    public var message: RuleExpression
    /// Counter metric incremented per finding (nil: no metric).
    public var metric: String?
    /// Findings within `alertWindow` that raise an alert (nil: never alert).
    public var alertThreshold: Int?
    /// The sliding window the threshold counts in (nil with a threshold: one day).
    public var alertWindow: RuleDuration?

    /// Finding severities.
    public enum Severity: String, Sendable, Hashable, CaseIterable, Codable {
        /// For information.
        case info
        /// Worth a look.
        case warning
        /// Something is wrong.
        case error
    }
}
