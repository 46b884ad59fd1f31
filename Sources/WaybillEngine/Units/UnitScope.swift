import Foundation
import WaybillExpressions

/// The names one unit of work's expressions see: the record's fields at top level and as
/// `record`, `parent` (with `each`), `key` and `group` (with `group_by`), lookups by name, `steps`,
/// `connection` (settings) and `flow`.
public struct UnitScope: Sendable {
    /// Root variables.
    public var variables: [String: Value]
    /// Lookup tables for `lookup()`.
    public var tables: any LookupTables
    /// What `now()` returns.
    public var now: Date

    /// Creates a scope for a unit payload (an object): its fields become root names.
    public init(unit: Value, flow: String, connection: [String: Value], tables: any LookupTables, now: Date) {
        var variables: [String: Value] = [:]
        if case .object(let fields) = unit {
            // A copy of the record's dictionary (buckets copied as they are, no key hashed again).
            variables = fields
            variables.reserveCapacity(fields.count + 4)
            if let record = fields[UnitShape.recordKey] {
                if case .object(let recordFields) = record {
                    for (name, value) in recordFields where variables[name] == nil { variables[name] = value }
                }
            } else {
                variables["record"] = unit
            }
        }
        variables["flow"] = .string(flow)
        variables["connection"] = .object(connection)
        variables["steps"] = .object([:])
        self.variables = variables
        self.tables = tables
        self.now = now
    }

    /// The evaluation context of the expression language.
    var context: EvaluationContext {
        EvaluationContext(variables: variables, tables: tables, now: now)
    }

    /// Binds a name (a lookup result).
    public mutating func bind(_ name: String, _ value: Value) {
        variables[name] = value
    }

    /// Records a step's result as `steps.<name>.id` and `steps.<name>.record`.
    mutating func bindStep(_ name: String, id: String?, record: Value) {
        var steps: [String: Value] = [:]
        if case .object(let existing)? = variables["steps"] { steps = existing }
        steps[name] = .object(["id": id.map(Value.string) ?? .null, "record": record])
        variables["steps"] = .object(steps)
    }
}
