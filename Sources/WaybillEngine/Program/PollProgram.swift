/// A runnable poll trigger.
public struct PollProgram: Sendable {
    /// The polled system.
    public var system: String
    /// The REST resource or Odoo model.
    public var source: String
    /// Interval between polls.
    public var every: Duration
    /// Fixed conditions (Odoo domain, literal values).
    public var domain: [Condition]
    /// Fields to read (empty: the system's default).
    public var fields: [String]
    /// The cursor, or `nil` for a full re-read each time.
    public var cursor: CursorProgram?
    /// Records per page.
    public var pageSize: Int
    /// Fixed query parameters of REST list calls (`query:`), templates evaluated per poll over
    /// `connection` and `now()`.
    public var query: [(name: String, value: EngineExpression)]

    /// Creates a poll.
    public init(
        system: String, source: String, every: Duration, domain: [Condition] = [], fields: [String] = [],
        cursor: CursorProgram? = nil, pageSize: Int = 200, query: [(name: String, value: EngineExpression)] = []
    ) {
        self.query = query
        self.system = system
        self.source = source
        self.every = every
        self.domain = domain
        self.fields = fields
        self.cursor = cursor
        self.pageSize = max(1, pageSize)
    }
}

/// A `(field, tie_breaker)` cursor with a lookback window.
public struct CursorProgram: Sendable, Hashable {
    /// Ordering field (`write_date`).
    public var field: String
    /// Tie-breaking field (`id`).
    public var tieBreaker: String
    /// Query parameter carrying the cursor (REST), if any.
    public var param: String?
    /// How far behind the high-water mark each poll re-reads.
    public var lookback: Duration

    /// Creates a cursor.
    public init(field: String = "write_date", tieBreaker: String = "id", param: String? = nil, lookback: Duration = .zero) {
        self.field = field
        self.tieBreaker = tieBreaker
        self.param = param
        self.lookback = lookback
    }
}
