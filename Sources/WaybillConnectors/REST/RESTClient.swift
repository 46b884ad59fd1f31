import Foundation

/// The generic REST adapter: executes any resource operation a system file declares.
///
/// Nothing here knows a particular system: paths, query parameters, required headers
/// (e.g. `shipbob_channel_id`), where records sit and how lists page all come from
/// ``RESTOperation`` descriptors. Requests go through the connection's ``SystemChannel``
/// (rate budget, credentials, classification), so every failure is a ``ConnectorError``.
public struct RESTClient: Sendable {
    /// The system's base URL (may include a path prefix such as `/wp-json/wc/v3`).
    public let baseURL: URL
    /// Headers sent on every request (required headers of the system and connection).
    public let requiredHeaders: HTTPHeaders
    /// The request pipeline.
    public let channel: SystemChannel
    /// Longest list followed before giving up (guards against servers that loop).
    public let maxPages: Int
    let origin: ResourceURLGuard?

    /// A client for one system connection.
    public init(baseURL: URL, requiredHeaders: HTTPHeaders = [:], channel: SystemChannel, maxPages: Int = 100_000) {
        self.baseURL = baseURL
        self.requiredHeaders = requiredHeaders
        self.channel = channel
        self.maxPages = maxPages
        origin = ResourceURLGuard(baseURL: baseURL)
    }

    /// Runs any operation and returns the parsed body (`null` when empty) and the response.
    public func call(
        _ operation: RESTOperation, values: [String: String] = [:], query: [(String, String)] = [], body: JSONValue? = nil
    ) async throws -> (body: JSONValue, response: HTTPResponse) {
        let url = try makeURL(operation, values: values, query: query)
        return try await fetch(operation, url: url, body: body)
    }

    /// Reads one record (the value at the records path), `nil` when the path is absent.
    public func get(_ operation: RESTOperation, values: [String: String] = [:], query: [(String, String)] = []) async throws -> JSONValue? {
        let (body, _) = try await call(operation, values: values, query: query)
        return operation.recordsPath.value(in: body)
    }

    /// Creates a record; returns what the server answered at the records path (or the body).
    public func create(_ operation: RESTOperation, values: [String: String] = [:], body: JSONValue) async throws -> JSONValue {
        try await write(operation, values: values, body: body)
    }

    /// Updates a record; returns the server's answer at the records path (or the body).
    public func update(_ operation: RESTOperation, values: [String: String] = [:], body: JSONValue) async throws -> JSONValue {
        try await write(operation, values: values, body: body)
    }

    /// Creates or updates a record through an upsert endpoint (e.g. by `orderKey`).
    public func upsert(_ operation: RESTOperation, values: [String: String] = [:], body: JSONValue) async throws -> JSONValue {
        try await write(operation, values: values, body: body)
    }

    /// Deletes a record; returns the body (often `null`).
    @discardableResult
    public func delete(_ operation: RESTOperation, values: [String: String] = [:]) async throws -> JSONValue {
        try await call(operation, values: values).body
    }

    /// Lists records page by page, lazily: each iteration fetches one page.
    public func list(_ operation: RESTOperation, values: [String: String] = [:], query: [(String, String)] = []) -> RESTPages {
        RESTPages(client: self, operation: operation, values: values, query: query)
    }

    private func write(_ operation: RESTOperation, values: [String: String], body: JSONValue) async throws -> JSONValue {
        let (answer, _) = try await call(operation, values: values, body: body)
        return operation.recordsPath.value(in: answer) ?? answer
    }
}
