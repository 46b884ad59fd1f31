/// Reading records in the wire format: many2one as `[id, name]`, empty as `false`, x2many as id lists.
extension OdooDatabase {
    /// Reads `fields` (all fields when empty) of the existing records among `ids`, in the order given.
    func read(_ modelName: String, _ ids: [Int], fields: [String], context: OdooDict = OdooDict()) throws -> [OdooValue] {
        let model = try model(modelName)
        let names = fields.isEmpty ? model.fieldOrder.filter { model.field($0)?.type != .binary } : fields
        for name in names { _ = try field(model, name) }
        var result: [OdooValue] = []
        result.reserveCapacity(ids.count)
        for id in ids where row(modelName, id) != nil {
            var dict = OdooDict()
            dict["id"] = .int(id)
            for name in names where name != "id" {
                dict[name] = value(model, id, name, context: context)
            }
            result.append(.dict(dict))
        }
        return result
    }

    /// The wire value of field `name` of record `id`.
    func value(_ model: OdooModel, _ id: Int, _ name: String, context: OdooDict = OdooDict()) -> OdooValue {
        guard let field = model.field(name) else { return .bool(false) }
        if name == "id" { return .int(id) }
        if let compute = field.compute { return compute(self, id, context) }
        switch field.type {
        case .one2many, .many2many:
            return .array(links(field, model.name, id).map { .int($0) })
        case .many2one:
            guard let target = row(model.name, id)?[name]?.intValue, let comodel = field.relation else {
                return .bool(false)
            }
            return [.int(target), .string(displayName(model: comodel, id: target))]
        default:
            let stored = row(model.name, id)?[name] ?? .none
            return stored == .none ? field.type.emptyValue : stored
        }
    }

    /// The raw value used by domains and ordering: ids for relations, stored values otherwise.
    func rawValue(_ model: OdooModel, _ id: Int, _ name: String, context: OdooDict = OdooDict()) -> OdooValue {
        guard let field = model.field(name) else { return .bool(false) }
        if name == "id" { return .int(id) }
        if let compute = field.compute {
            let computed = compute(self, id, context)
            if field.type == .many2one, let first = computed.arrayValue?.first { return first }
            return computed
        }
        switch field.type {
        case .one2many, .many2many: return .array(links(field, model.name, id).map { .int($0) })
        default:
            let stored = row(model.name, id)?[name] ?? .none
            return stored == .none ? field.type.emptyValue : stored
        }
    }

    /// `display_name` of a record: the model's own rule, else its `_rec_name`, else `model,id`.
    func displayName(model modelName: String, id: Int) -> String {
        guard let model = models[modelName] else { return "\(modelName),\(id)" }
        if let custom = model.displayName, case .string(let text) = custom(self, id, OdooDict()) { return text }
        if let text = row(modelName, id)?[model.recName]?.stringValue { return text }
        return "\(modelName),\(id)"
    }
}
