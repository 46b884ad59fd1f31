import Foundation

extension RESTClient {
    /// The absolute URL of `operation` with `values` filled in and `query` appended.
    public func makeURL(_ operation: RESTOperation, values: [String: String], query: [(String, String)]) throws -> URL {
        let path = try PathTemplate.fill(operation.path, values: values)
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let joined = base + (path.hasPrefix("/") || path.isEmpty ? path : "/" + path)
        var items: [(String, String)] = []
        for item in operation.query {
            items.append((item.name, try PathTemplate.fill(item.value, values: values, encode: false)))
        }
        items += query
        let text = items.isEmpty ? joined : joined + (joined.contains("?") ? "&" : "?") + FormEncoding.encode(items)
        guard let url = URL(string: text) else {
            throw ConnectorError(.permanent, .configuration, message: "cannot build a URL from '\(URLRedactor.redact(text))'")
        }
        return url
    }

    /// Sends `operation` to `url` with an optional JSON body and parses the answer.
    func fetch(_ operation: RESTOperation, url: URL, body: JSONValue?) async throws -> (body: JSONValue, response: HTTPResponse) {
        var headers = requiredHeaders
        for field in operation.headers { headers.set(field.name, field.value) }
        if headers["Accept"] == nil { headers.set("Accept", "application/json") }
        var data: Data?
        if let body {
            data = try body.serialized()
            headers.set("Content-Type", "application/json")
        }
        let request = HTTPRequest(method: operation.method, url: url, headers: headers, body: data)
        let response = try await channel.execute(request)
        return (try Self.parseBody(response, request: request), response)
    }

    /// The body as JSON (`null` when empty); a permanent protocol error when it is not JSON.
    static func parseBody(_ response: HTTPResponse, request: HTTPRequest) throws -> JSONValue {
        if response.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .null }
        do {
            return try JSONValue.parse(response.body)
        } catch {
            throw ConnectorError(
                .permanent, .protocolViolation, status: response.status,
                message: "\(request.method) \(request.redactedURL) answered with a body that is not JSON: \(response.bodySnippet(limit: 120))")
        }
    }

    /// The records of a page body at `path`: an array's elements, an object as one record,
    /// nothing for `null`; a protocol error when the path is absent.
    static func records(at path: JSONPath, in body: JSONValue, url: String) throws -> [JSONValue] {
        guard let value = path.value(in: body) else {
            throw ConnectorError(.permanent, .protocolViolation, message: "records path '\(path)' not found in the response of \(url)")
        }
        switch value {
        case .array(let elements): return elements
        case .null: return []
        default: return [value]
        }
    }

    /// `text` as a URL on the system's origin (relative links resolved against `current`).
    func sameOriginURL(_ text: String, relativeTo current: URL) throws -> URL {
        guard let resolved = URL(string: text, relativeTo: current)?.absoluteURL else {
            throw ConnectorError(.permanent, .protocolViolation, message: "next link '\(URLRedactor.redact(text))' is not a URL")
        }
        guard let origin else { return resolved }
        switch origin.check(resolved.absoluteString) {
        case .success(let url): return url
        case .failure(let rejection): throw ConnectorError(.permanent, .protocolViolation, message: rejection.description)
        }
    }
}
