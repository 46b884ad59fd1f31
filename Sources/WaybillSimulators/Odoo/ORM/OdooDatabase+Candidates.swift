extension OdooDatabase {
    /// The ids worth checking against `domain`: when the domain ANDs an equality on a stored
    /// text or integer column (`default_code = 'X'`, `id = 7`), only the rows holding that value;
    /// otherwise every id. Every candidate is still checked against the whole domain, so this
    /// only makes the common "find by key" search cheap (an index per searched field, kept up to
    /// date on every write and rollback), never changes its answer.
    func candidateIDs(_ domain: OdooDomain, _ model: OdooModel) -> [Int] {
        guard let (field, value) = Self.equality(in: domain, model) else { return allIds(model.name) }
        if field == "id" {
            guard case .int(let id) = value else { return allIds(model.name) }
            return row(model.name, id) == nil ? [] : [id]
        }
        return ids(model.name, where: field, equals: value)
    }

    private static func equality(in domain: OdooDomain, _ model: OdooModel) -> (String, OdooValue)? {
        switch domain {
        case .and(let left, let right):
            return equality(in: left, model) ?? equality(in: right, model)
        case .leaf(let path, .equal, let value) where path.count == 1:
            if path[0] == "id" { return ("id", value) }
            guard let field = model.field(path[0]), field.isStored else { return nil }
            switch (field.type, value) {
            case (.char, .string(let text)) where !text.isEmpty, (.selection, .string(let text)) where !text.isEmpty:
                return (path[0], value)
            case (.integer, .int):
                return (path[0], value)
            default:
                return nil
            }
        default:
            return nil
        }
    }
}
