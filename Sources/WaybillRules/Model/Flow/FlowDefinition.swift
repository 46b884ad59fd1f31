/// One movement of data (`rules/<pack>/<flow>.yaml`).
public struct FlowDefinition: Sendable {
    /// Unique flow name.
    public var name: String
    /// The pack (folder under `rules/`) the file is in, if any.
    public var pack: String?
    /// What the flow does, for people.
    public var description: String?
    /// What starts units of work.
    public var trigger: Trigger
    /// How source records are read and shaped into units.
    public var read: ReadOptions
    /// Lookups by name, in declaration order.
    public var lookups: [Lookup]
    /// Steps in order.
    public var steps: [Step]
    /// Idempotency key template of one unit.
    public var identity: RuleExpression?
    /// The source version expression (nil: payload hash).
    public var version: RuleExpression?
    /// Where the document is.
    public var location: SourceLocation
}

/// What starts a flow: a webhook, a poll, or both (the poll as a safety net).
public struct Trigger: Sendable {
    /// Webhook trigger.
    public var webhook: WebhookTrigger?
    /// Poll trigger.
    public var poll: PollTrigger?
}

/// Units from webhook deliveries.
public struct WebhookTrigger: Sendable {
    /// The sending system.
    public var system: String
    /// Events to accept (empty: all the system's events).
    public var events: [String]
}

/// Units from polling a resource or model.
public struct PollTrigger: Sendable {
    /// The polled system.
    public var system: String
    /// The REST resource or Odoo model polled.
    public var source: RecordSource
    /// Interval.
    public var every: RuleDuration
    /// Odoo domain (literal values).
    public var domain: [DomainTerm]
    /// Fixed query parameters for REST list calls.
    public var query: [NamedTemplate]
    /// Cursor (nil: full re-read each time).
    public var cursor: Cursor?
}

/// A REST resource or an Odoo model.
public enum RecordSource: Sendable, Hashable {
    /// A REST resource.
    case resource(String)
    /// An Odoo model.
    case model(String)

    /// The resource or model name.
    public var name: String {
        switch self {
        case .resource(let name), .model(let name): return name
        }
    }
}

/// A poll cursor `(field, tie_breaker)`, strictly after the last seen, re-reading `lookback`.
public struct Cursor: Sendable, Hashable {
    /// Ordering field (`write_date`).
    public var field: String
    /// Second ordering field (`id`).
    public var tieBreaker: String?
    /// Query parameter that carries the cursor (REST).
    public var param: String?
    /// Re-read window behind the high-water mark.
    public var lookback: RuleDuration?
}

/// One term of an Odoo-style domain: `[field, op, value]` or a prefix operator (`&`, `|`, `!`).
public enum DomainTerm: Sendable {
    /// A comparison.
    case condition(field: String, op: String, value: DomainValue)
    /// A prefix operator.
    case prefix(String)
}

/// The right-hand side of a domain term.
public enum DomainValue: Sendable {
    /// A literal (in `domain:`).
    case literal(LiteralValue)
    /// An expression over the unit (in `match:` and `where:`).
    case expression(RuleExpression)
}

/// A literal YAML value.
public indirect enum LiteralValue: Sendable, Hashable {
    /// null.
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A decimal, kept as written.
    case decimal(String)
    /// Text.
    case string(String)
    /// A list.
    case list([LiteralValue])
}
