/// one2many / many2many command triples (`Command` 0–6) and plain id lists.
extension OdooDatabase {
    /// Applies the x2many value `value` (a list of commands or of ids) to `field` of record `id`.
    func applyCommands(_ value: OdooValue, field: OdooField, model: String, id: Int) throws {
        guard let comodel = field.relation else { return }
        if value == .bool(false) || value == .none { return try setLinks([], field: field, model: model, id: id) }
        guard let items = value.arrayValue else {
            throw OdooError.value("Wrong value for \(model).\(field.name): \(OdooJSONWriter.write(value))")
        }
        if let plainIds = value.intArray { return try setLinks(plainIds, field: field, model: model, id: id) }
        for item in items {
            guard let command = item.arrayValue, let code = command.first?.intValue else {
                throw OdooError.value("Invalid command \(OdooJSONWriter.write(item)) for \(model).\(field.name)")
            }
            let target = command.count > 1 ? command[1].intValue ?? 0 : 0
            let payload = command.count > 2 ? command[2] : .none
            switch code {
            case 0:
                var vals = payload.dictValue ?? OdooDict()
                if field.type == .one2many, let inverse = field.inverseName { vals[inverse] = .int(id) }
                let newId = try create(comodel, vals)
                if field.type == .many2many { try setLinks(links(field, model, id) + [newId], field: field, model: model, id: id) }
            case 1:
                try write(comodel, [target], payload.dictValue ?? OdooDict())
            case 2:
                try setLinks(links(field, model, id).filter { $0 != target }, field: field, model: model, id: id)
                try unlink(comodel, [target])
            case 3:
                try setLinks(links(field, model, id).filter { $0 != target }, field: field, model: model, id: id)
            case 4:
                let current = links(field, model, id)
                if !current.contains(target) { try setLinks(current + [target], field: field, model: model, id: id) }
            case 5:
                try setLinks([], field: field, model: model, id: id)
            case 6:
                try setLinks(payload.intArray ?? [], field: field, model: model, id: id)
            default:
                throw OdooError.value("Invalid command \(code) for \(model).\(field.name)")
            }
        }
    }

    /// Current ids linked through `field` of record `id`.
    func links(_ field: OdooField, _ model: String, _ id: Int) -> [Int] {
        switch field.type {
        case .one2many:
            guard let comodel = field.relation, let inverse = field.inverseName else { return [] }
            return referencing(comodel, inverse, id)
        case .many2many:
            return row(model, id)?[field.name]?.intArray ?? []
        default:
            return []
        }
    }

    private func setLinks(_ ids: [Int], field: OdooField, model: String, id: Int) throws {
        guard let comodel = field.relation else { return }
        let missing = ids.filter { row(comodel, $0) == nil }
        guard missing.isEmpty else { throw OdooError.missing(model: comodel, ids: missing) }
        switch field.type {
        case .many2many:
            var unique: [Int] = []
            for linked in ids where !unique.contains(linked) { unique.append(linked) }
            touch(model, id, [field.name: .array(unique.map { .int($0) })])
        case .one2many:
            guard let inverse = field.inverseName else { return }
            let current = referencing(comodel, inverse, id)
            let inverseRequired = models[comodel]?.field(inverse)?.required ?? false
            for old in current where !ids.contains(old) {
                if inverseRequired { try unlink(comodel, [old]) } else { touch(comodel, old, [inverse: .bool(false)]) }
            }
            for new in ids where !current.contains(new) { touch(comodel, new, [inverse: .int(id)]) }
        default:
            return
        }
    }
}
