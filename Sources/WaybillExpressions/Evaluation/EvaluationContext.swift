import Foundation

/// What one evaluation sees: the root variables, the lookup tables and the current time.
public struct EvaluationContext: Sendable {
    /// Root values by name (record fields, `group`, …), matching the environment's variable types.
    public var variables: [String: Value]
    /// The tables `lookup()` reads.
    public var tables: any LookupTables
    /// The instant `now()` returns; tests pass a fixed value.
    public var now: Date

    /// Creates a context.
    public init(variables: [String: Value], tables: any LookupTables = InMemoryLookupTables(), now: Date = Date()) {
        self.variables = variables
        self.tables = tables
        self.now = now
    }
}

/// A source of lookup tables for `lookup(table, key[, default])`.
public protocol LookupTables: Sendable {
    /// The value stored under `key` in `table`, or `nil` when the table or key is absent.
    func value(in table: String, for key: Value) -> Value?
}

/// Lookup tables held in memory.
public struct InMemoryLookupTables: LookupTables {
    /// Rows of each table.
    public var tables: [String: [Value: Value]]

    /// Creates tables from rows.
    public init(_ tables: [String: [Value: Value]] = [:]) {
        self.tables = tables
    }

    /// The value stored under `key` in `table`; an integral number matches whether it is stored as
    /// an int or a decimal (`7` finds the key `7.0`).
    public func value(in table: String, for key: Value) -> Value? {
        guard let rows = tables[table] else { return nil }
        if let value = rows[key] { return value }
        switch key {
        case .int(let i): return rows[.decimal(DecimalValue(i))]
        case .decimal(let d): return d.exactInt.flatMap { rows[.int($0)] }
        default: return nil
        }
    }
}
