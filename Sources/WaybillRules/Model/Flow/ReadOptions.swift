/// How source records are read and shaped into units of work.
public struct ReadOptions: Sendable {
    /// Fields to read (Odoo; dotted paths follow many2one).
    public var fields: [String]
    /// Body path of a URL to GET first (pointer payloads, same host only).
    public var dereference: String?
    /// Unnest: one unit per element of this list field (the record becomes `parent`).
    public var each: String?
    /// Keep records where this bool expression holds.
    public var filter: RuleExpression?
    /// Group records by this expression; a unit is `{ key, group }`.
    public var groupBy: RuleExpression?

    /// Nothing special: read the record as it comes.
    public static let plain = ReadOptions(fields: [], dereference: nil, each: nil, filter: nil, groupBy: nil)
}

/// A named lookup visible to expressions.
public struct Lookup: Sendable {
    /// The name expressions use.
    public var name: String
    /// Static table, or dynamic find.
    public var kind: Kind
    /// Key expression.
    public var key: RuleExpression?
    /// A missing key sends the unit to the dead-letter queue instead of yielding null.
    public var required: Bool
    /// Where it is declared.
    public var location: SourceLocation
    /// Condition (bool): when false the lookup is null without a call (and `required` does not apply).
    public var when: RuleExpression? = nil

    /// Lookup kinds.
    public enum Kind: Sendable {
        /// A static table.
        case table(String)
        /// A find in a system, optionally creating the record when none is found.
        case find(Find, create: [FieldValue]?)
        /// A batched find of many records keyed by `field`.
        case findMany(FindMany)
        /// Every record matching the conditions, as a list (empty when none).
        case findAll(Find)
    }
}

/// A dynamic find: one record of a model/resource matching `where`.
public struct Find: Sendable {
    /// The system searched.
    public var system: String
    /// The model or resource.
    public var source: RecordSource
    /// The match conditions (values are expressions; `key` is bound).
    public var conditions: [DomainTerm]
    /// Fields to read.
    public var fields: [String]
}

/// A batched find: all records whose `field` is in `values`, indexed by that field.
public struct FindMany: Sendable {
    /// The system searched.
    public var system: String
    /// The model or resource.
    public var source: RecordSource
    /// The indexing field.
    public var field: String
    /// Expression yielding the list of values to find.
    public var values: RuleExpression
    /// Fields to read.
    public var fields: [String]
}

/// One `field: expression` of a mapping.
public struct FieldValue: Sendable {
    /// Target field.
    public var field: String
    /// The value.
    public var value: RuleExpression
}
