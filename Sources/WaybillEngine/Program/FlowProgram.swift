import Foundation

/// One flow compiled for the engine: trigger, shaping, lookups, steps, identity and version.
public struct FlowProgram: Sendable {
    /// The flow's name.
    public var name: String
    /// The system the flow's records come from.
    public var sourceSystem: String
    /// The poll trigger, if any.
    public var poll: PollProgram?
    /// Pointer field to dereference (same host only) before shaping, if any.
    public var dereference: String?
    /// Unnest, filter, group.
    public var shape: UnitShape
    /// Lookups in declaration order.
    public var lookups: [LookupProgram]
    /// Steps in order.
    public var steps: [StepProgram]
    /// The idempotency key template of one unit.
    public var identity: EngineExpression
    /// The source version; `nil` means the payload hash.
    public var version: EngineExpression?
    /// A text that changes when the rules change (recorded in bindings).
    public var ruleVersion: String

    /// Whether the version is a timestamp: its static type is a datetime (`version: write_date`,
    /// `version: date_modified_gmt`), set by the rule compiler's types.
    public var versionIsTimestamp: Bool

    /// Whether the version is qualified with the unit's payload hash: a timestamp version, or one
    /// that is the poll cursor's own field. Such a version means "every change" but has only the
    /// source's resolution (Odoo, WooCommerce, Shopify: one second), so two changes within one
    /// second must still be two versions.
    public var versionIncludesContent: Bool {
        guard let version else { return false }
        if versionIsTimestamp { return true }
        guard let cursor = poll?.cursor else { return false }
        return version.source.trimmingCharacters(in: .whitespaces) == cursor.field
    }

    /// Creates a flow program.
    public init(
        name: String, sourceSystem: String, poll: PollProgram? = nil, dereference: String? = nil,
        shape: UnitShape = UnitShape(), lookups: [LookupProgram] = [], steps: [StepProgram],
        identity: EngineExpression, version: EngineExpression? = nil, versionIsTimestamp: Bool = false,
        ruleVersion: String = "1"
    ) {
        self.name = name
        self.sourceSystem = sourceSystem
        self.poll = poll
        self.dereference = dereference
        self.shape = shape
        self.lookups = lookups
        self.steps = steps
        self.identity = identity
        self.version = version
        self.versionIsTimestamp = versionIsTimestamp
        self.ruleVersion = ruleVersion
    }
}
