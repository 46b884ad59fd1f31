import Foundation

/// One HTTP response produced by a simulator.
public struct SimResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields in order (names as the real system spells them).
    public var headers: [(name: String, value: String)]
    /// The body bytes.
    public var body: Data

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A JSON response (`Content-Type: application/json; charset=utf-8`).
    public static func json(_ value: JSONValue, status: Int = 200, headers: [(name: String, value: String)] = []) -> SimResponse {
        SimResponse(
            status: status,
            headers: [("Content-Type", "application/json; charset=utf-8")] + headers,
            body: value.serialized()
        )
    }

    /// A plain-text response.
    public static func text(_ text: String, status: Int = 200) -> SimResponse {
        SimResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(text.utf8))
    }

    /// An empty response with `status`.
    public static func empty(_ status: Int = 204) -> SimResponse {
        SimResponse(status: status)
    }

    /// Adds a header field.
    public mutating func addHeader(_ name: String, _ value: String) {
        headers.append((name, value))
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body parsed as JSON.
    public var json: JSONValue? { JSONValue.parse(body) }
}
