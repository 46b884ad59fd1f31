/// A handler of one simulated endpoint.
public typealias SimHandler = @Sendable (SimRequest) async throws -> SimResponse

/// Thrown by a handler to answer at once with `response` (auth failures, validation errors).
public struct SimResponseError: Error, Sendable {
    /// The response to send.
    public let response: SimResponse

    /// Wraps `response`.
    public init(_ response: SimResponse) {
        self.response = response
    }
}

/// Routes requests by method and path pattern.
///
/// A pattern is a `/`-separated list of segments; a segment may hold one `{name}` placeholder with
/// literal text around it, so `{id}.json` (Shopify) and `{id}:cancel` (ShipBob) work.
/// When several routes match, the most specific wins (literal segments, then partly literal ones).
public struct SimRouter: Sendable {
    private struct Segment: Sendable {
        let prefix: String
        let parameter: String?
        let suffix: String

        init(_ text: Substring) {
            if let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
                prefix = String(text[..<open])
                parameter = String(text[text.index(after: open)..<close])
                suffix = String(text[text.index(after: close)...])
            } else {
                prefix = String(text)
                parameter = nil
                suffix = ""
            }
        }

        func match(_ text: Substring) -> String? {
            guard parameter != nil else { return text == prefix ? "" : nil }
            guard text.count > prefix.count + suffix.count, text.hasPrefix(prefix), text.hasSuffix(suffix) else {
                return nil
            }
            return String(text.dropFirst(prefix.count).dropLast(suffix.count))
        }
    }

    private struct Route: Sendable {
        let method: String
        let segments: [Segment]
        let handler: SimHandler
        /// Literal segments count 2, placeholders with literal text around them 1, bare placeholders 0.
        var specificity: Int {
            segments.reduce(0) { total, segment in
                total + (segment.parameter == nil ? 2 : (segment.prefix.isEmpty && segment.suffix.isEmpty ? 0 : 1))
            }
        }
    }

    private var routes: [Route] = []

    /// An empty router.
    public init() {}

    /// Adds a route for `method` (e.g. `GET`) and `pattern` (e.g. `/orders/{id}`).
    public mutating func add(_ method: String, _ pattern: String, _ handler: @escaping SimHandler) {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map(Segment.init)
        routes.append(Route(method: method.uppercased(), segments: segments, handler: handler))
    }

    /// The handler for `request` with its path parameters filled in, or `nil` when no route matches.
    public func resolve(_ request: SimRequest) -> (handler: SimHandler, request: SimRequest)? {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true)
        var best: (route: Route, parameters: [String: String])?
        for route in routes where route.method == request.method && route.segments.count == parts.count {
            var parameters: [String: String] = [:]
            var matched = true
            for (segment, part) in zip(route.segments, parts) {
                guard let value = segment.match(part) else {
                    matched = false
                    break
                }
                if let name = segment.parameter { parameters[name] = value }
            }
            if matched, best.map({ route.specificity > $0.route.specificity }) ?? true {
                best = (route, parameters)
            }
        }
        guard let best else { return nil }
        var routed = request
        routed.pathParameters = best.parameters
        return (best.route.handler, routed)
    }

    /// `true` when some route matches the path with another method.
    public func hasRoute(forPath path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return routes.contains { route in
            route.segments.count == parts.count && zip(route.segments, parts).allSatisfy { $0.match($1) != nil }
        }
    }
}
