/// One write (or follow-up call) of a flow.
public struct Step: Sendable {
    /// Step name (`steps.<name>.id` in later expressions).
    public var name: String
    /// Target system (nil for a follow-up `call` on the previous step's record).
    public var system: String?
    /// Target resource or model (nil for a follow-up call).
    public var target: RecordSource?
    /// What to do.
    public var operation: Operation
    /// How to find an existing target record first.
    public var match: [DomainTerm]
    /// Field mapping.
    public var values: [FieldValue]
    /// Condition; false → skipped (audited).
    public var when: RuleExpression?
    /// Follow-up calls on this step's record.
    public var then: [Step]
    /// Odoo context for the call (`{ skip_backorder: true }`).
    public var context: [String: LiteralValue] = [:]
    /// Where it is declared.
    public var location: SourceLocation
    /// What a `report:` step records (nil for every other operation).
    public var report: ReportStep?

    /// Step operations.
    public enum Operation: Sendable, Hashable {
        /// Create a record (after `match` found none).
        case create
        /// Update the matched record.
        case update
        /// Create or update.
        case upsert
        /// Delete the matched record.
        case delete
        /// Call an Odoo method on the matched (or previous step's) record.
        case call(String)
        /// A custom REST operation of the resource.
        case custom(String)
        /// Record a finding (audit entry, metric, alert) instead of writing; see ``Step/report``.
        case report

        /// The operation's name as written.
        public var name: String {
            switch self {
            case .create: return "create"
            case .update: return "update"
            case .upsert: return "upsert"
            case .delete: return "delete"
            case .call(let method): return "call \(method)"
            case .custom(let name): return name
            case .report: return "report"
            }
        }
    }

    /// Whether this step is a follow-up call on the previous step's record.
    public var isFollowUpCall: Bool {
        if case .call = operation { return system == nil }
        return false
    }
}
