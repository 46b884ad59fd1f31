import WaybillExpressions

/// The names visible to the expressions of one flow at one point, built step by step:
/// the unit's fields, `record`, `parent`, `key`, `group`, lookups, `steps`, `connection`, `flow`.
struct ExpressionScope {
    var variables: [String: ExprType]
    var tables: [String: LookupTableType]
    /// Whether unknown root names are allowed (typed `any`): when the source schema is unknown.
    var lenient: Bool = false

    func environment(adding extra: [String: ExprType] = [:]) -> ExpressionEnvironment {
        ExpressionEnvironment(variables: variables.merging(extra) { _, new in new }, tables: tables)
    }

    /// The scope of a record type: its fields at top level and as `record`.
    static func base(record: ExprType, flow: String, tables: [String: LookupTableType]) -> ExpressionScope {
        var variables: [String: ExprType] = ["connection": .openObject, "flow": .string]
        if case .object(let shape) = record.nonOptional {
            for (name, type) in shape.fields { variables[name] = type }
        }
        variables["record"] = record
        return ExpressionScope(variables: variables, tables: tables, lenient: false)
    }

    /// Lookup tables as the expression language sees them.
    static func tables(_ tables: [String: TableDefinition]) -> [String: LookupTableType] {
        tables.mapValues { table in
            let value: ExprType
            if let columns = table.columns {
                value = .object(ObjectShape(fields: columns.mapValues { $0.readType() }))
            } else {
                value = (table.valueType ?? .any).readType()
            }
            return LookupTableType(keyType: table.keyType.readType(), valueType: value)
        }
    }
}
