import WaybillExpressions

/// A runnable lookup: its result is bound to `name` for later expressions.
public struct LookupProgram: Sendable {
    /// Where the value comes from.
    public enum Kind: Sendable {
        /// A static table, read with the key.
        case table(String)
        /// One record of `target` in `system` matching `conditions` (`key` is bound), optionally
        /// created with `create` when none is found.
        case find(system: String, target: String, conditions: [ConditionProgram], fields: [String],
                  create: [(field: String, value: EngineExpression)]?)
        /// Every record of `target` matching `conditions` (`key` is bound), as a list.
        case findAll(system: String, target: String, conditions: [ConditionProgram], fields: [String])
        /// All records of `target` whose `field` is among `values`, indexed by that field.
        case findMany(system: String, target: String, field: String, values: EngineExpression, fields: [String])
    }

    /// The name expressions use.
    public var name: String
    /// The source of the value.
    public var kind: Kind
    /// The key expression (bound to `key` in `find` conditions).
    public var key: EngineExpression?
    /// A missing value dead-letters the unit instead of yielding null.
    public var required: Bool
    /// When it evaluates to anything but `true`, the lookup is null without a call.
    public var when: EngineExpression?

    /// Creates a lookup.
    public init(name: String, kind: Kind, key: EngineExpression? = nil, required: Bool = false,
                when: EngineExpression? = nil) {
        self.name = name
        self.kind = kind
        self.key = key
        self.required = required
        self.when = when
    }
}
