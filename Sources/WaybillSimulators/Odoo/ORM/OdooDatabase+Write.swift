/// create / write / unlink, with value coercion, defaults, timestamps and x2many commands.
extension OdooDatabase {
    /// Creates one record from `vals` and returns its id.
    @discardableResult
    func create(_ modelName: String, _ vals: OdooDict) throws -> Int {
        let model = try model(modelName)
        var row: Row = [:]
        for name in model.fieldOrder {
            guard let field = model.field(name), field.isStored, let value = field.defaultValue else { continue }
            row[name] = value
        }
        var toMany: [(OdooField, OdooValue)] = []
        for (key, value) in vals {
            let field = try self.field(model, key)
            if field.type.isToMany {
                toMany.append((field, value))
            } else if field.isStored, key != "id" {
                row[key] = try coerce(value, for: field, model: model)
            }
        }
        for name in model.fieldOrder {
            guard let field = model.field(name), field.required, field.isStored else { continue }
            if row[name] == nil || row[name] == .bool(false) {
                throw OdooError(.validationError, "The field '\(field.string)' (\(name)) is required on \(modelName).")
            }
        }
        row["create_date"] = .string(transactionStart)
        row["write_date"] = .string(transactionStart)
        row["create_uid"] = .int(uid)
        row["write_uid"] = .int(uid)
        let id = nextId(modelName)
        row["id"] = .int(id)
        put(modelName, id, row)
        for (field, value) in toMany { try applyCommands(value, field: field, model: modelName, id: id) }
        if hooksEnabled, let hook = model.afterCreate { try hook(self, id, vals) }
        return id
    }

    /// Writes `vals` on every record of `ids` and stamps `write_date`.
    func write(_ modelName: String, _ ids: [Int], _ vals: OdooDict) throws {
        let model = try model(modelName)
        var plain: [(String, OdooValue)] = []
        var toMany: [(OdooField, OdooValue)] = []
        for (key, value) in vals {
            let field = try self.field(model, key)
            if field.type.isToMany {
                toMany.append((field, value))
            } else if field.isStored, key != "id" {
                let coerced = try coerce(value, for: field, model: model)
                if field.required, coerced == .bool(false) {
                    throw OdooError(.validationError, "The field '\(field.string)' (\(key)) is required on \(modelName).")
                }
                plain.append((key, coerced))
            }
        }
        let missing = ids.filter { row(modelName, $0) == nil }
        guard missing.isEmpty else { throw OdooError.missing(model: modelName, ids: missing) }
        for id in ids {
            guard var row = row(modelName, id) else { continue }
            for (key, value) in plain { row[key] = value }
            row["write_date"] = .string(transactionStart)
            row["write_uid"] = .int(uid)
            put(modelName, id, row)
            for (field, value) in toMany { try applyCommands(value, field: field, model: modelName, id: id) }
        }
        if hooksEnabled, let hook = model.afterWrite { try hook(self, ids, vals) }
    }

    /// Deletes the records of `ids` (missing ids are ignored); one2many children are deleted or detached.
    func unlink(_ modelName: String, _ ids: [Int]) throws {
        let model = try model(modelName)
        for id in ids where row(modelName, id) != nil {
            for name in model.fieldOrder {
                guard let field = model.field(name), field.type == .one2many,
                    let comodel = field.relation, let inverse = field.inverseName
                else { continue }
                let children = referencing(comodel, inverse, id)
                if field.cascade || models[comodel]?.field(inverse)?.required == true {
                    try unlink(comodel, children)
                } else {
                    for child in children { touch(comodel, child, [inverse: .bool(false)]) }
                }
            }
            put(modelName, id, nil)
        }
    }

    /// Stamps `write_date` on a record changed by a workflow method, without other changes.
    func touch(_ modelName: String, _ id: Int, _ changes: Row) {
        guard var row = row(modelName, id) else { return }
        for (key, value) in changes { row[key] = value }
        row["write_date"] = .string(transactionStart)
        row["write_uid"] = .int(uid)
        put(modelName, id, row)
    }

    /// The field `name` of `model`, or Odoo's ValueError for an unknown field.
    func field(_ model: OdooModel, _ name: String) throws -> OdooField {
        guard let field = model.field(name) else {
            throw OdooError.value("Invalid field '\(name)' on model '\(model.name)'")
        }
        return field
    }
}
