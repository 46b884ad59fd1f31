import Foundation

/// Parses RFC 5988 / RFC 8288 `Link` header values.
public enum LinkHeader {
    /// The target of the first link whose `rel` contains `relation`, across all values.
    public static func target(rel relation: String, in values: [String]) -> String? {
        for value in values {
            for link in links(in: value) where link.relations.contains(relation.lowercased()) {
                return link.target
            }
        }
        return nil
    }

    /// Every link of one header value: its target and its lower-cased relations.
    public static func links(in value: String) -> [(target: String, relations: [String])] {
        var result: [(String, [String])] = []
        var rest = Substring(value)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let target = String(rest[rest.index(after: open)..<close])
            var tail = rest[rest.index(after: close)...]
            let end = tail.firstIndex(of: "<") ?? tail.endIndex
            let parameters = tail[..<end]
            tail = tail[end...]
            result.append((target, relations(in: parameters)))
            rest = tail
        }
        return result
    }

    private static func relations(in parameters: Substring) -> [String] {
        for parameter in parameters.split(separator: ";") {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "rel" else { continue }
            let raw = pair[1].trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ",")))
            let unquoted = raw.trimmingCharacters(in: .init(charactersIn: "\""))
            return unquoted.lowercased().split(separator: " ").map(String.init)
        }
        return []
    }
}
