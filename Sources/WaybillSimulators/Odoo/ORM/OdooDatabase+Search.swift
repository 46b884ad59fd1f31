/// `search`: domain filtering (with archived records hidden), ordering, offset and limit.
extension OdooDatabase {
    /// Ids of the records matching `domain`, sorted by `order` (the model's `_order` when nil).
    /// A `limit` of 0 means no limit, as in Odoo (`if limit:`).
    func search(
        _ modelName: String, _ domain: OdooDomain, offset: Int = 0, limit: Int? = nil, order: String? = nil,
        context: OdooDict = OdooDict()
    ) throws -> [Int] {
        let model = try model(modelName)
        var effective = domain
        if model.hasActive, context["active_test"] != .bool(false), !domain.mentions("active") {
            effective = .and(.leaf(path: ["active"], op: .equal, value: .bool(true)), domain)
        }
        let keys = try OdooOrder.parse(order ?? model.defaultOrder, model: model)
        var found: [Int] = []
        for id in candidateIDs(effective, model) where try matches(effective, model, id, context: context) { found.append(id) }
        if !(keys.count == 1 && keys[0].field == "id" && !keys[0].descending) {
            found = sort(found, model: model, keys: keys, context: context)
        }
        let start = min(max(offset, 0), found.count)
        let end = limit.flatMap { $0 > 0 ? min(start + $0, found.count) : nil } ?? found.count
        return Array(found[start..<end])
    }

    private func sort(_ ids: [Int], model: OdooModel, keys: [OdooOrder], context: OdooDict) -> [Int] {
        let columns: [[OdooValue]] = keys.map { key in
            ids.map { sortValue(model, $0, key.field, context: context) }
        }
        let positions = ids.indices.sorted { lhs, rhs in
            for (index, key) in keys.enumerated() {
                let result = OdooOrder.compare(columns[index][lhs], columns[index][rhs], descending: key.descending)
                if result != 0 { return result < 0 }
            }
            return ids[lhs] < ids[rhs]
        }
        return positions.map { ids[$0] }
    }

    /// Many2one fields sort by the related record's display name, like Odoo's default `_order` of the comodel.
    private func sortValue(_ model: OdooModel, _ id: Int, _ name: String, context: OdooDict) -> OdooValue {
        let raw = rawValue(model, id, name, context: context)
        if let field = model.field(name), field.type == .many2one, let comodel = field.relation, let target = raw.intValue {
            return .string(displayName(model: comodel, id: target))
        }
        return raw
    }
}

/// One key of an `order` specification: `write_date desc`.
struct OdooOrder: Equatable {
    let field: String
    let descending: Bool

    /// Parses `"write_date asc, id desc"`; unknown fields are a ValueError as in Odoo.
    static func parse(_ text: String, model: OdooModel) throws -> [OdooOrder] {
        var keys: [OdooOrder] = []
        for part in text.split(separator: ",") {
            let words = part.split(separator: " ").map { $0.lowercased() }
            guard let name = words.first else { continue }
            guard model.field(name) != nil, words.count <= 4 else {
                throw OdooError.value("Invalid field '\(name)' on model '\(model.name)'")
            }
            let direction = words.count > 1 ? words[1] : "asc"
            guard direction == "asc" || direction == "desc" else {
                throw OdooError.value("Invalid \"order\" specified (\(text)).")
            }
            keys.append(OdooOrder(field: name, descending: direction == "desc"))
        }
        return keys.isEmpty ? [OdooOrder(field: "id", descending: false)] : keys
    }

    /// -1, 0 or 1; empty values sort last ascending and first descending (PostgreSQL's default).
    static func compare(_ lhs: OdooValue, _ rhs: OdooValue, descending: Bool) -> Int {
        let lhsEmpty = lhs == .bool(false) || lhs == .none
        let rhsEmpty = rhs == .bool(false) || rhs == .none
        var result: Int
        if lhsEmpty || rhsEmpty {
            result = lhsEmpty == rhsEmpty ? 0 : (lhsEmpty ? 1 : -1)
        } else if let left = lhs.doubleValue, let right = rhs.doubleValue {
            result = left < right ? -1 : (left > right ? 1 : 0)
        } else if case .bool(let left) = lhs, case .bool(let right) = rhs {
            result = left == right ? 0 : (left ? 1 : -1)
        } else if let left = lhs.stringValue, let right = rhs.stringValue {
            result = left < right ? -1 : (left > right ? 1 : 0)
        } else {
            result = 0
        }
        return descending ? -result : result
    }
}
