/// A dotted path into a JSON document, such as `orders`, `data.items` or `links.next.href`.
///
/// The empty path (or `$`) names the root. Numeric segments index arrays.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The path's segments.
    public let segments: [String]

    /// Parses a dotted path; `""` and `"$"` are the root.
    public init(_ text: String) {
        let trimmed = text.hasPrefix("$.") ? String(text.dropFirst(2)) : (text == "$" ? "" : text)
        segments = trimmed.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
    }

    /// Parses a dotted path literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The root path.
    public static let root = JSONPath("")

    /// The path as written (root is `$`).
    public var description: String { segments.isEmpty ? "$" : segments.joined(separator: ".") }

    /// The value at this path in `document`, or `nil` when a segment is missing.
    public func value(in document: JSONValue) -> JSONValue? {
        var current = document
        for segment in segments {
            switch current {
            case .object(let members):
                guard let next = members[segment] else { return nil }
                current = next
            case .array(let elements):
                guard let index = Int(segment), elements.indices.contains(index) else { return nil }
                current = elements[index]
            default:
                return nil
            }
        }
        return current
    }
}
