import Hummingbird

/// The daemon's HTTP responder: `POST /webhooks/{tenant}/{system}[/{token}]` is matched by
/// splitting the path once, everything else goes through the Hummingbird router of
/// ``ServerRoutes/router()``.
///
/// Webhooks are the hot path (thousands per second); the router's trie walk with parameter
/// capture cost about 3.5 % of a webhook's CPU. The answers are the same as the router's: the
/// same handler, and a path that is not a webhook path (wrong method, too few or too many
/// components) falls through to the router, which answers 404 or 405 as before.
public struct ServerResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    let routes: ServerRoutes
    let fallback: RouterResponder<BasicRequestContext>

    /// Creates the responder for `routes`.
    public init(routes: ServerRoutes) {
        self.routes = routes
        self.fallback = routes.router().buildResponder()
    }

    /// Answers one request.
    public func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        guard request.method == .post, let path = WebhookPath(request.uri.path) else {
            return try await fallback.respond(to: request, context: context)
        }
        do {
            return try await routes.webhook(request, tenant: path.tenant, system: path.system, token: path.token)
        } catch let error as any HTTPResponseError {
            return try error.response(from: request, context: context)
        }
    }
}

/// The components of a webhook path: `/webhooks/{tenant}/{system}[/{token}]`, empty components
/// ignored as the router ignores them.
struct WebhookPath: Equatable {
    let tenant: String
    let system: String
    let token: String?

    init(tenant: String, system: String, token: String?) {
        self.tenant = tenant
        self.system = system
        self.token = token
    }

    init?(_ path: String) {
        let components = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        guard components.count == 3 || components.count == 4,
              components[0].elementsEqual("webhooks".utf8),
              let tenant = String(components[1]), let system = String(components[2])
        else { return nil }
        self.tenant = tenant
        self.system = system
        self.token = components.count == 4 ? String(components[3]) : nil
    }
}
