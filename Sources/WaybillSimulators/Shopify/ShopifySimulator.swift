import Foundation

/// Shopify Admin REST under `/admin/api/{version}/…json`: orders, products and variants, inventory
/// items and levels, locations, fulfillment orders and fulfillments, refunds, webhooks.
/// `X-Shopify-Access-Token` auth; a leaky bucket of 40 draining 2 per second with
/// `X-Shopify-Shop-Api-Call-Limit` and 429 + `Retry-After`; `Link` cursor pagination (`page_info`).
public final class ShopifySimulator: Simulator {
    public let name = "shopify"
    public let environment: SimulatorEnvironment
    /// Admin API access token.
    public let accessToken = "shpat_demo0123456789abcdef0123456789ab"
    /// The app's client secret: the key of `X-Shopify-Hmac-Sha256`.
    public let webhookSecret = "shpss_demo_client_secret"
    /// The shop's `*.myshopify.com` domain.
    public let shopDomain = "waybill-demo.myshopify.com"
    /// The shop's time zone (timestamps carry its offset).
    let shopZone = TimeZone(identifier: "America/New_York") ?? SimTime.utc
    let buckets = RateLimiterTable { LeakyBucket(capacity: 40, leakPerSecond: 2) }
    private let router = Locked(SimRouter())
    static let supportedVersions: Set<String> = ["2024-10", "2025-01", "2025-04", "2025-07", "2025-10", "2026-01", "2026-04"]

    /// A Shopify simulator living in `environment`.
    public init(environment: SimulatorEnvironment = SimulatorEnvironment()) {
        self.environment = environment
        var router = SimRouter()
        registerOrders(&router)
        registerFulfillments(&router)
        registerCatalog(&router)
        registerVariantUpdates(&router)
        registerInventory(&router)
        registerWebhooks(&router)
        self.router.withLock { $0 = router }
    }

    public var routes: SimRouter { router.current }

    public var credentials: [String: String] {
        ["access_token": accessToken, "shop_domain": shopDomain, "api_version": Self.connectionAPIVersion]
    }

    public func resetState() { buckets.reset() }

    public func admit(_ request: SimRequest) -> RateAdmission {
        guard let token = request.header("x-shopify-access-token") else { return .allow(headers: []) }
        let decision = buckets.with(token) { $0.take(now: environment.clock.now()) }
        let limit = ("X-Shopify-Shop-Api-Call-Limit", "\(decision.used)/\(decision.limit)")
        guard decision.allowed else {
            return .reject(.json(["errors": "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."],
                                 status: 429, headers: [limit, ("Retry-After", String(format: "%.1f", max(1, decision.retryAfter.rounded(.up))))]))
        }
        return .allow(headers: [limit, ("X-Request-Id", UUID().uuidString.lowercased())])
    }

    public func faultResponse(_ fault: FaultKind, for request: SimRequest) -> SimResponse {
        switch fault {
        case .rateLimit(let wait):
            return .json(["errors": "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service."],
                         status: 429, headers: [("Retry-After", "\(wait).0")])
        case .status(let code):
            return .json(["errors": .string(code == 503 ? "Service Unavailable" : "Internal Server Error")], status: code)
        default:
            return .json(["errors": "Internal Server Error"], status: 500)
        }
    }

    public func notFound(_ request: SimRequest) -> SimResponse { .json(["errors": "Not Found"], status: 404) }

    /// Adds a route under `/admin/api/{version}` checking the token and the version.
    func addAPI(_ router: inout SimRouter, _ method: String, _ path: String, _ handler: @escaping SimHandler) {
        router.add(method, "/admin/api/{version}" + path) { [unowned self] request in
            guard request.header("x-shopify-access-token") == accessToken else {
                return .json(["errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"], status: 401)
            }
            let version = request.parameter("version") ?? ""
            guard Self.supportedVersions.contains(version) else { return .json(["errors": "Not Found"], status: 404) }
            var response = try await handler(request)
            response.addHeader("X-Shopify-API-Version", version)
            return response
        }
    }

    /// A 422 `{"errors": {field: [message]}}`.
    func unprocessable(_ field: String, _ message: String) -> SimResponseError {
        SimResponseError(.json(["errors": .object([field: [.string(message)]])], status: 422))
    }

    /// ISO 8601 with the shop's offset, e.g. `2026-01-01T09:30:00-05:00`.
    func timestamp(_ date: Date? = nil) -> JSONValue {
        .string(SimTime.format(date ?? environment.clock.now(), zone: shopZone, pattern: "yyyy-MM-dd'T'HH:mm:ssxxx"))
    }

    /// The next Shopify-style id of `resource`.
    func nextID(_ resource: String) -> Int {
        environment.records.nextID(resource, firstID: 5_000_000_001)
    }

    /// Money as a string with two decimals.
    static func money(_ value: Double) -> JSONValue { .string(String(format: "%.2f", value)) }

    /// The admin GraphQL id of a record, e.g. `gid://shopify/Order/5000000001`.
    static func gid(_ type: String, _ id: Int) -> JSONValue { .string("gid://shopify/\(type)/\(id)") }
}
