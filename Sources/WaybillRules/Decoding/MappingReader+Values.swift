import Foundation

extension MappingReader {
    /// Text value of a key.
    func string(_ key: String, required isRequired: Bool = false) -> String? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        if isRequired, node.scalar?.isNull == true {
            session.report(.missingKey, at: node.location, "`\(key)` needs a value")
            return nil
        }
        return session.string(node, child(key))
    }

    /// Integer value of a key.
    func int(_ key: String, required isRequired: Bool = false) -> Int? {
        guard let node = isRequired ? required(key) : value(key), let text = session.string(node, child(key)) else {
            return nil
        }
        guard let number = Int(text), node.scalar?.isQuoted == false else {
            session.report(.wrongType, at: node.location, "`\(key)` must be an integer, not `\(text)`")
            return nil
        }
        return number
    }

    /// Decimal number value of a key.
    func number(_ key: String) -> Double? {
        guard let node = value(key), let text = session.string(node, child(key)) else { return nil }
        guard let number = Double(text), node.scalar?.isQuoted == false else {
            session.report(.wrongType, at: node.location, "`\(key)` must be a number, not `\(text)`")
            return nil
        }
        return number
    }

    /// Boolean value of a key.
    func bool(_ key: String) -> Bool? {
        guard let node = value(key), let text = session.string(node, child(key)) else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            session.report(.wrongType, at: node.location, "`\(key)` must be `true` or `false`, not `\(text)`")
            return nil
        }
    }

    /// Duration value of a key (`500ms`, `30s`, `5m`, `1h`, `1d`).
    func duration(_ key: String, required isRequired: Bool = false) -> RuleDuration? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return session.duration(node, child(key))
    }

    /// One of a fixed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type,
                                                    required isRequired: Bool = false) -> T? where T.RawValue == String {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return session.choice(node, child(key), type)
    }

    /// A list of texts (a single scalar counts as one element).
    func strings(_ key: String, required isRequired: Bool = false) -> [String]? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return session.strings(node, child(key))
    }

    /// A regular expression, checked for syntax.
    func regex(_ key: String) -> String? {
        guard let node = value(key), let text = session.string(node, child(key)) else { return nil }
        do {
            _ = try NSRegularExpression(pattern: text)
        } catch {
            session.report(.badRegex, at: node.location, "`\(key)` is not a valid regular expression: `\(text)`")
            return nil
        }
        return text
    }

    /// An expression (plain scalar) or template (quoted scalar), per the rule in docs/rules.md.
    func expression(_ key: String, required isRequired: Bool = false) -> RuleExpression? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return session.expression(node, child(key))
    }

    /// Always a template (`identity:`).
    func template(_ key: String, required isRequired: Bool = false) -> RuleExpression? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return session.template(node, child(key))
    }

    /// Decodes each entry of a mapping-valued key with `decode(name, node, path)`, keeping order.
    func entries<T>(_ key: String, required isRequired: Bool = false,
                    _ decode: (String, YAMLNode, String) -> T?) -> [(String, T)]? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        guard let reader = session.mapping(node, child(key)) else { return nil }
        return reader.entries.compactMap { entry in
            let path = reader.child(entry.key)
            session.locations[path] = entry.value.location
            session.locations[path + "#key"] = entry.keyLocation.shifted(by: 0, length: entry.key.count)
            return decode(entry.key, entry.value, path).map { (entry.key, $0) }
        }
    }
}
