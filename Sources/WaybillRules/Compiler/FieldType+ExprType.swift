import WaybillExpressions

extension FieldType {
    /// The expression type of a value read from a field of this type. A many2one reads as an
    /// object `{ id, display_name, … }` (with the target model's fields when `models` knows them).
    func readType(models: [String: ModelDefinition] = [:], depth: Int = 0) -> ExprType {
        switch self {
        case .string, .enumeration: return .string
        case .int: return .int
        case .decimal: return .decimal
        case .bool: return .bool
        case .date: return .date
        case .datetime: return .datetime
        case .naiveDateTime: return .naiveDateTime
        case .any, .named: return .any
        case .object(let fields): return .object(ObjectShape(fields: fields.mapValues { $0.readType(models: models, depth: depth) }))
        case .list(let element): return .list(element.readType(models: models, depth: depth))
        case .optional(let wrapped): return wrapped.readType(models: models, depth: depth).optional
        case .many2one(let model):
            var fields: [String: ExprType] = ["id": .int, "display_name": .string]
            if depth < 2, let target = models[model] {
                for (name, type) in target.fields { fields[name] = type.readType(models: models, depth: depth + 1) }
            }
            return ExprType.object(ObjectShape(fields: fields, isOpen: models[model] == nil || depth >= 2)).optional
        case .one2many, .many2many: return .list(.int)
        }
    }

    /// The expression type a mapping must produce to write this field: a many2one takes an id,
    /// x2many fields take a list (of ids or of objects, which become commands).
    var writeType: ExprType {
        switch self {
        case .many2one: return .int
        case .one2many, .many2many: return .list(.any)
        case .optional(let wrapped): return wrapped.writeType.optional
        case .object(let fields): return .object(ObjectShape(fields: fields.mapValues(\.writeType), isOpen: true))
        case .list(let element): return .list(element.writeType)
        default: return readType()
        }
    }
}

extension Dictionary where Key == String, Value == FieldType {
    /// The record type of a schema.
    func recordType(models: [String: ModelDefinition]) -> ExprType {
        .object(ObjectShape(fields: mapValues { $0.readType(models: models) }))
    }
}
