import Foundation

/// A runnable `report:` step: records a finding (audit event, metric name, alert) instead of writing.
public struct ReportProgram: Sendable {
    /// Stable finding label, e.g. `missing_order`.
    public var kind: String
    /// `info`, `warning` or `error`.
    public var severity: String
    /// The finding's message (a string template over the unit).
    public var message: EngineExpression
    /// The counter metric a finding increments, if any.
    public var metric: String?
    /// Findings of this kind within `alertWindow` that raise an alert, if any.
    public var alertThreshold: Int?
    /// The sliding window the threshold counts in.
    public var alertWindow: TimeInterval

    /// Creates a report program.
    public init(
        kind: String, severity: String, message: EngineExpression, metric: String?, alertThreshold: Int?,
        alertWindow: TimeInterval
    ) {
        self.kind = kind
        self.severity = severity
        self.message = message
        self.metric = metric
        self.alertThreshold = alertThreshold
        self.alertWindow = alertWindow
    }
}
