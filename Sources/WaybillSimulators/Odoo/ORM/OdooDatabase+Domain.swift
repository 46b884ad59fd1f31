/// Evaluates parsed domains on records, following Odoo's semantics for empty values and paths.
extension OdooDatabase {
    /// True if record `id` of `model` satisfies `domain`.
    func matches(_ domain: OdooDomain, _ model: OdooModel, _ id: Int, context: OdooDict) throws -> Bool {
        switch domain {
        case .all: return true
        case .none: return false
        case .and(let lhs, let rhs):
            return try matches(lhs, model, id, context: context) && matches(rhs, model, id, context: context)
        case .or(let lhs, let rhs):
            return try matches(lhs, model, id, context: context) || matches(rhs, model, id, context: context)
        case .not(let inner): return try !matches(inner, model, id, context: context)
        case .leaf(let path, let op, let value):
            return try matchLeaf(model, id, path[...], op, value, context: context)
        }
    }

    private func matchLeaf(
        _ model: OdooModel, _ id: Int, _ path: ArraySlice<String>, _ op: OdooOperator, _ value: OdooValue,
        context: OdooDict
    ) throws -> Bool {
        guard let name = path.first else { return false }
        let field = try self.field(model, name)
        if path.count > 1 || op == .any || op == .notAny {
            guard field.type.isRelational, let comodelName = field.relation else {
                throw OdooError.value("Invalid path \(path.joined(separator: ".")) on model \(model.name)")
            }
            let comodel = try self.model(comodelName)
            let targets = relatedIds(model, id, name, context: context)
            if op == .any || op == .notAny {
                let sub = try OdooDomain.parse(value)
                let found = try targets.contains { try matches(sub, comodel, $0, context: context) }
                return op == .any ? found : !found
            }
            let rest = path.dropFirst()
            if let positive = op.positive {
                return try !targets.contains { try matchLeaf(comodel, $0, rest, positive, value, context: context) }
            }
            return try targets.contains { try matchLeaf(comodel, $0, rest, op, value, context: context) }
        }
        if op == .childOf || op == .parentOf {
            let hierarchyModel = field.type.isRelational ? field.relation ?? model.name : model.name
            let wanted = try hierarchy(hierarchyModel, roots: idList(value), down: op == .childOf)
            return relatedIds(model, id, name, context: context).contains { wanted.contains($0) }
        }
        // A stored scalar that was never set is NULL in Odoo's table: it matches `= False` and
        // fails `!= False` and comparisons, although it reads as 0 (integer, float) — as in SQL.
        let unset = field.isStored && !field.type.isRelational && name != "id" && row(model.name, id)?[name] == nil
        let raw = unset ? OdooValue.none : rawValue(model, id, name, context: context)
        return OdooComparison(field: field, raw: raw, database: self).test(op, value)
    }

    /// Ids a relational field of a record points at (`id` itself for the `id` field).
    func relatedIds(_ model: OdooModel, _ id: Int, _ name: String, context: OdooDict) -> [Int] {
        if name == "id" { return [id] }
        let raw = rawValue(model, id, name, context: context)
        if let single = raw.intValue { return [single] }
        return raw.intArray ?? []
    }

    private func idList(_ value: OdooValue) -> [Int] {
        if let single = value.intValue { return [single] }
        return value.intArray ?? []
    }

    /// `roots` plus all their descendants (`down`) or ancestors through the model's parent field.
    private func hierarchy(_ modelName: String, roots: [Int], down: Bool) throws -> Set<Int> {
        let model = try self.model(modelName)
        guard let parent = model.parentField else { return Set(roots) }
        var result = Set(roots)
        var frontier = roots
        while let current = frontier.popLast() {
            let next: [Int] =
                down
                ? referencing(modelName, parent, current)
                : (row(modelName, current)?[parent]?.intValue).map { [$0] } ?? []
            for candidate in next where result.insert(candidate).inserted { frontier.append(candidate) }
        }
        return result
    }
}
