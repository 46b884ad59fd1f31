/// Conversions between the Odoo wire value and the core's `JSONValue`.
extension OdooValue {
    /// The value as the core's JSON (`None` becomes `false`, as Odoo sends it).
    var jsonValue: JSONValue {
        switch self {
        case .bool(let flag): return .bool(flag)
        case .none: return .bool(false)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(\.jsonValue))
        case .dict(let dict):
            var object: [String: JSONValue] = [:]
            for (key, value) in dict { object[key] = value.jsonValue }
            return .object(object)
        }
    }

    /// A core JSON value as an Odoo value (object keys sorted, as the core does not keep their order).
    init(_ json: JSONValue) {
        switch json {
        case .null: self = .none
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(OdooValue.init))
        case .object(let object): self = .dict(OdooDict(object.keys.sorted().map { ($0, OdooValue(object[$0] ?? .null)) }))
        }
    }
}
