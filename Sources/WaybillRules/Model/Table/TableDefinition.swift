/// A lookup table (YAML or CSV).
public struct TableDefinition: Sendable {
    /// The table name.
    public var name: String
    /// What it maps, for people.
    public var description: String?
    /// Key type.
    public var keyType: FieldType
    /// Column types (nil when the table maps to a single `value`).
    public var columns: [String: FieldType]?
    /// The value type when there are no columns.
    public var valueType: FieldType?
    /// Rows in file order.
    public var rows: [TableRow]
    /// Where it is declared.
    public var location: SourceLocation
}

/// One row of a table.
public struct TableRow: Sendable {
    /// The key.
    public var key: LiteralValue
    /// The value: an object of columns, or a single value.
    public var value: LiteralValue
    /// Column values by name (when the table has columns).
    public var cells: [String: LiteralValue]
    /// Where the row is.
    public var location: SourceLocation
}
