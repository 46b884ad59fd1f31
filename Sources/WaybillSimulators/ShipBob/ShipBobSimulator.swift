import Foundation

/// ShipBob: PAT and OAuth2 bearer tokens, `shipbob_channel_id` on writes, channels, products,
/// inventory levels, orders, shipments, receiving orders (WROs) and webhook subscriptions under any
/// version prefix (`/1.0`, `/2025-07`, `/2026-01`…); 150 requests per minute (sliding) with
/// `x-remaining-calls` / `x-retry-after`; outgoing webhooks signed per Standard Webhooks.
public final class ShipBobSimulator: Simulator {
    public let name = "shipbob"
    public let environment: SimulatorEnvironment
    /// Personal access token (never expires).
    public let personalAccessToken = "sb_pat_demo_0123456789"
    /// The channel of the PAT's single-merchant application.
    public let channelID = 100_101
    /// OAuth client id and secret.
    public let clientID = "sb_client_demo"
    public let clientSecret = "sb_client_secret_demo"
    /// Signing secret of webhook subscriptions created without their own.
    public let webhookSecret = "whsec_" + Data("waybill-shipbob-demo-key".utf8).base64EncodedString()
    let tokens: ShipBobTokens
    let limits = RateLimiterTable { SlidingWindowLimiter(limit: 150, window: 60) }
    private let router = Locked(SimRouter())

    /// A ShipBob simulator living in `environment`.
    public init(environment: SimulatorEnvironment = SimulatorEnvironment()) {
        self.environment = environment
        self.tokens = ShipBobTokens(clock: environment.clock)
        var router = SimRouter()
        registerAuth(&router)
        registerCatalog(&router)
        registerOrders(&router)
        registerReceiving(&router)
        registerWebhooks(&router)
        registerReturns(&router)
        self.router.withLock { $0 = router }
    }

    public var routes: SimRouter { router.current }

    public var credentials: [String: String] {
        ["personal_access_token": personalAccessToken, "channel_id": String(channelID), "client_id": clientID,
         "client_secret": clientSecret, "authorization_code": ShipBobTokens.demoCode,
         "token_url": environment.baseURL + "/connect/token"]
    }

    public func resetState() {
        limits.reset()
        tokens.reset()
    }

    public func admit(_ request: SimRequest) -> RateAdmission {
        guard let token = BasicAuth.bearer(request.header("authorization")) else { return .allow(headers: []) }
        let decision = limits.with(token) { $0.take(now: environment.clock.now()) }
        guard decision.allowed else {
            let wait = decision.retryAfterSeconds
            return .reject(.json(["statusCode": 429, "message": .string("Rate limit is exceeded. Try again in \(wait) seconds.")],
                                 status: 429, headers: [("x-retry-after", String(wait)), ("x-remaining-calls", "0")]))
        }
        return .allow(headers: [("x-remaining-calls", String(decision.remaining))])
    }

    public func faultResponse(_ fault: FaultKind, for request: SimRequest) -> SimResponse {
        switch fault {
        case .rateLimit(let wait):
            return .json(["statusCode": 429, "message": .string("Rate limit is exceeded. Try again in \(wait) seconds.")],
                         status: 429, headers: [("x-retry-after", String(wait)), ("x-remaining-calls", "0")])
        case .status(let code):
            return .json(["type": "https://tools.ietf.org/html/rfc7231#section-6.6.1", "title": "An error occurred.",
                          "status": .int(code), "detail": "Simulated failure", "instance": .string(request.path)], status: code)
        default:
            return .empty(500)
        }
    }

    public func notFound(_ request: SimRequest) -> SimResponse { .empty(404) }

    public func idField(for resource: String) -> String { "id" }

    /// Adds a route under `/{version}` that needs a valid bearer token; writes also need the channel header.
    func addAPI(_ router: inout SimRouter, _ method: String, _ path: String, _ handler: @escaping SimHandler) {
        router.add(method, "/{version}" + path) { [unowned self] request in
            guard let token = BasicAuth.bearer(request.header("authorization")),
                  token == personalAccessToken || tokens.isValidAccessToken(token)
            else {
                return SimResponse(status: 401, headers: [("WWW-Authenticate", "Bearer error=\"invalid_token\"")])
            }
            if method != "GET" {
                guard let channel = request.header("shipbob_channel_id") else {
                    throw validation(["shipbob_channel_id": ["The shipbob_channel_id header is required."]], status: 400)
                }
                guard Int(channel) == channelID else {
                    return .json(["message": .string("Channel \(channel) is not accessible with this token.")], status: 403)
                }
            }
            return try await handler(request)
        }
    }

    /// A 400/422 validation dictionary `{"field": ["message"]}`.
    func validation(_ errors: [String: [String]], status: Int = 422) -> SimResponseError {
        SimResponseError(.json(.object(errors.mapValues { .array($0.map { .string($0) }) }), status: status))
    }

    /// `true` for the legacy `1.0` / `2.0` prefixes (bare arrays instead of cursor bodies).
    func isLegacy(_ request: SimRequest) -> Bool {
        let version = request.parameter("version") ?? ""
        return version == "1.0" || version == "2.0"
    }

    /// ShipBob timestamps: ISO 8601 UTC with 7 fractional digits.
    func timestamp(_ offset: TimeInterval = 0) -> String {
        SimTime.format(environment.clock.now().addingTimeInterval(offset), zone: SimTime.utc,
                       pattern: "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
    }

    /// A cursor body `{items, next, prev}` (dated versions) or a bare array with page headers (legacy).
    func list(_ items: [JSONValue], _ request: SimRequest) -> SimResponse {
        let size = min(250, max(1, Int(request.queryIgnoringCase("Limit") ?? request.queryIgnoringCase("PageSize") ?? "") ?? 50))
        let page = Int(request.queryIgnoringCase("Page") ?? request.queryIgnoringCase("Cursor") ?? "") ?? 1
        let slice = PageSlice(items, page: page, size: size)
        let path = request.path
        let next: JSONValue = slice.page < slice.pages ? .string("\(path)?Cursor=\(slice.page + 1)&Limit=\(size)") : nil
        let prev: JSONValue = slice.page > 1 ? .string("\(path)?Cursor=\(slice.page - 1)&Limit=\(size)") : nil
        if isLegacy(request) {
            var headers: [(name: String, value: String)] = [
                ("Page-Number", String(slice.page)), ("Total-Pages", String(slice.pages)),
                ("Total-Count", String(slice.total)), ("Page-Size", String(size)),
            ]
            if case .string(let href) = next { headers.append(("Next-Page", href)) }
            return .json(.array(slice.items), headers: headers)
        }
        return .json(["items": .array(slice.items), "next": next, "prev": prev])
    }
}
