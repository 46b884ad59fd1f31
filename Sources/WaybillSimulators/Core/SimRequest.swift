import Foundation

/// One HTTP request as a simulator sees it, independent of the server library.
public struct SimRequest: Sendable {
    /// Upper-case method, e.g. `GET`.
    public var method: String
    /// The path without the query string, percent-decoded, e.g. `/orders/12`.
    public var path: String
    /// The raw query string after `?` (empty when absent), as sent.
    public var rawQuery: String
    /// Query parameters in order, percent-decoded (`+` is a space, as in forms).
    public var queryItems: [(name: String, value: String)]
    /// Header fields with lower-cased names; repeated fields are joined with `, `.
    public var headers: [String: String]
    /// The raw body.
    public var body: Data
    /// Path parameters filled in by the router (`{id}` → `id`).
    public var pathParameters: [String: String] = [:]

    /// Creates a request; `query` is the raw query string.
    public init(method: String, path: String, query: String = "", headers: [String: String] = [:], body: Data = Data()) {
        self.method = method.uppercased()
        self.path = path
        self.rawQuery = query
        self.queryItems = FormEncoding.decode(query)
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { $0 + ", " + $1 })
        self.body = body
    }

    /// The first value of query parameter `name`.
    public func query(_ name: String) -> String? {
        queryItems.first { $0.name == name }?.value
    }

    /// The first value of query parameter `name`, compared without regard to case (ShipBob, ShipStation).
    public func queryIgnoringCase(_ name: String) -> String? {
        let lowered = name.lowercased()
        return queryItems.first { $0.name.lowercased() == lowered }?.value
    }

    /// The integer value of query parameter `name`.
    public func queryInt(_ name: String) -> Int? {
        query(name).flatMap { Int($0) }
    }

    /// Header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }

    /// The path parameter `name` set by the router.
    public func parameter(_ name: String) -> String? {
        pathParameters[name]
    }

    /// The body parsed as JSON, or `nil`.
    public var json: JSONValue? {
        JSONValue.parse(body)
    }

    /// The body parsed as `application/x-www-form-urlencoded`.
    public var formFields: [String: String] {
        let text = String(decoding: body, as: UTF8.self)
        return Dictionary(FormEncoding.decode(text).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
