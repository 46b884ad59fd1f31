extension DecodeSession {
    /// A field type: short form text or long form `{ type, enum, values, fields, zone, items }`.
    func fieldType(_ node: YAMLNode, _ path: String) -> FieldType? {
        if let scalar = node.scalar {
            guard let type = FieldType(parsing: scalar.text) else {
                report(.badFieldType, at: node.location,
                       "`\(scalar.text)` is not a field type; expected string, int, decimal, bool, date, datetime, naive_datetime, any, list<T>, a named type, or T?")
                return nil
            }
            return type
        }
        guard let reader = mapping(node, path) else { return nil }
        defer { reader.finish() }
        let typeText = reader.string("type") ?? (reader.has("fields") ? "object" : "string")
        _ = reader.string("description")
        let nullable = reader.bool("nullable") ?? typeText.hasSuffix("?")
        let baseText = typeText.hasSuffix("?") ? String(typeText.dropLast()) : typeText
        var type: FieldType
        if let values = reader.strings("enum") ?? reader.strings("values") {
            type = .enumeration(values)
        } else if baseText == "object" || reader.has("fields") {
            var fields: [String: FieldType] = [:]
            for (name, field) in reader.entries("fields", { _, node, path in self.fieldType(node, path) }) ?? [] {
                fields[name] = field
            }
            type = .object(fields)
        } else if baseText == "list", let items = reader.value("items") {
            guard let element = fieldType(items, reader.child("items")) else { return nil }
            type = .list(element)
        } else if let parsed = FieldType(parsing: baseText) {
            type = parsed
        } else {
            report(.badFieldType, at: reader.value("type")?.location ?? node.location,
                   "`\(typeText)` is not a field type")
            return nil
        }
        if case .naiveDateTime = type, let zone = reader.string("zone") {
            type = .naiveDateTime(zone: zone)
        }
        reader.allow("zone", "items")
        return nullable ? .optional(type) : type
    }

    /// A field schema mapping (`name: type`).
    func fieldSchema(_ node: YAMLNode, _ path: String) -> [String: FieldType] {
        guard let reader = mapping(node, path) else { return [:] }
        var fields: [String: FieldType] = [:]
        for entry in reader.entries {
            let child = reader.child(entry.key)
            locations[child] = entry.value.location
            locations[child + "#key"] = entry.keyLocation.shifted(by: 0, length: entry.key.count)
            if let type = fieldType(entry.value, child) { fields[entry.key] = type }
        }
        return fields
    }

    /// A literal value (plain scalars are typed: null, bool, int, decimal; quoted ones are text).
    func literal(_ node: YAMLNode) -> LiteralValue {
        switch node.content {
        case .scalar(let scalar):
            return LiteralValue(scalar: scalar)
        case .sequence(let items):
            return .list(items.map(literal))
        case .mapping(let entries):
            report(.wrongType, at: node.location, "a mapping is not allowed here; expected a value or a list")
            return .list(entries.map { literal($0.value) })
        }
    }

    /// A secret slot `{ secret: name }`; a plain string here is a literal secret (error).
    func secretSlot(_ node: YAMLNode, _ path: String) -> SecretSlot? {
        if let scalar = node.scalar {
            let key = path.lastPathComponent
            // Credential-named keys are reported by LiteralSecretScanner; others are reported here.
            if !LiteralSecretScanner.isSecretKey(key) && !LiteralSecretScanner.looksLikeToken(scalar.text) {
                report(.literalSecret, at: node.location,
                       "`\(key)` holds a literal value; reference a secret slot instead: `{ secret: \(key) }`")
            }
            return nil
        }
        guard let reader = mapping(node, path) else { return nil }
        defer { reader.finish() }
        return reader.string("secret", required: true).map(SecretSlot.init(name:))
    }
}

extension LiteralValue {
    /// Types a YAML scalar (plain: null/bool/int/decimal/text; quoted: text).
    init(scalar: YAMLScalar) {
        guard scalar.style == .plain else {
            self = .string(scalar.text)
            return
        }
        let text = scalar.text
        if scalar.isNull {
            self = .null
        } else if text == "true" || text == "True" || text == "TRUE" {
            self = .bool(true)
        } else if text == "false" || text == "False" || text == "FALSE" {
            self = .bool(false)
        } else if let int = Int(text) {
            self = .int(int)
        } else if Double(text) != nil, text.contains("."), !text.hasPrefix("."), !text.contains("e"), !text.contains("E") {
            self = .decimal(text)
        } else {
            self = .string(text)
        }
    }
}
