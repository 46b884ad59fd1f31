/// A request as the Odoo transports see it, independent of the HTTP server library.
public struct OdooHTTPRequest: Sendable {
    /// `GET`, `POST`, …
    public var method: String
    /// Path without the query string.
    public var path: String
    /// Headers with lower-cased names.
    public var headers: [String: String]
    /// The raw body.
    public var body: [UInt8]

    /// A request; header names are lower-cased.
    public init(method: String, path: String, headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method.uppercased()
        self.path = path
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }

    /// The value of header `name` (any case).
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A response of the Odoo transports.
public struct OdooHTTPResponse: Sendable, Equatable {
    /// HTTP status code.
    public var status: Int
    /// Response headers, in order.
    public var headers: [String: String]
    /// The body.
    public var body: [UInt8]

    /// A response.
    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// JSON with Odoo's content type.
    static func json(_ value: OdooValue, status: Int = 200) -> OdooHTTPResponse {
        OdooHTTPResponse(
            status: status, headers: ["Content-Type": "application/json; charset=utf-8"], body: OdooJSONWriter.bytes(value))
    }

    /// XML-RPC responses are `text/xml` and always HTTP 200, faults included.
    static func xml(_ text: String) -> OdooHTTPResponse {
        OdooHTTPResponse(status: 200, headers: ["Content-Type": "text/xml; charset=utf-8"], body: Array(text.utf8))
    }

    /// werkzeug's HTML error page for routes that do not exist (or the wrong verb on XML-RPC).
    static func werkzeug(_ status: Int) -> OdooHTTPResponse {
        let (title, text) =
            status == 405
            ? ("405 Method Not Allowed", "The method is not allowed for the requested URL.")
            : ("404 Not Found", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.")
        let html = "<!doctype html>\n<html lang=en>\n<title>\(title)</title>\n<h1>\(title.dropFirst(4))</h1>\n<p>\(text)</p>\n"
        return OdooHTTPResponse(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(html.utf8))
    }
}
