import Foundation

/// WooCommerce REST API v3 under `/wp-json/wc/v3/`: orders, customers, products, webhooks.
/// Auth: HTTP Basic or `consumer_key`/`consumer_secret` query parameters, or OAuth 1.0a one-legged
/// query signing (HMAC-SHA1/HMAC-SHA256) as the official Python client does over plain http.
/// Lists use `page`/`per_page` with `X-WP-Total`, `X-WP-TotalPages` and `Link`.
public final class WooCommerceSimulator: Simulator {
    public let name = "woocommerce"
    public let environment: SimulatorEnvironment
    /// REST API consumer key.
    public let consumerKey = "ck_demo0123456789abcdef0123456789abcdef01"
    /// REST API consumer secret.
    public let consumerSecret = "cs_demo0123456789abcdef0123456789abcdef01"
    /// Secret of webhooks created without one.
    public let webhookSecret = "wc_webhook_demo_secret"
    /// The site's time zone (`date_*` fields); `*_gmt` fields are UTC.
    let siteZone = TimeZone(identifier: "America/New_York") ?? SimTime.utc
    let nonces = Locked(Set<String>())
    private let router = Locked(SimRouter())
    static let prefix = "/wp-json/wc/v3"

    /// A WooCommerce simulator living in `environment`.
    public init(environment: SimulatorEnvironment = SimulatorEnvironment()) {
        self.environment = environment
        var router = SimRouter()
        registerResources(&router)
        registerWebhooks(&router)
        self.router.withLock { $0 = router }
    }

    public var routes: SimRouter { router.current }

    public var credentials: [String: String] {
        ["consumer_key": consumerKey, "consumer_secret": consumerSecret]
    }

    public func resetState() {
        nonces.withLock { $0 = [] }
    }

    public func faultResponse(_ fault: FaultKind, for request: SimRequest) -> SimResponse {
        switch fault {
        case .rateLimit(let wait):
            return error(429, "woocommerce_rest_too_many_requests", "Too many requests. Please wait and try again.",
                         headers: [("Retry-After", String(wait))])
        case .status(let code):
            return error(code, "internal_server_error", "There has been a critical error on this website.")
        default:
            return error(500, "internal_server_error", "There has been a critical error on this website.")
        }
    }

    public func notFound(_ request: SimRequest) -> SimResponse {
        error(404, "rest_no_route", "No route was found matching the URL and request method")
    }

    /// `{code, message, data: {status}}`.
    func error(_ status: Int, _ code: String, _ message: String, headers: [(name: String, value: String)] = []) -> SimResponse {
        .json(["code": .string(code), "message": .string(message), "data": ["status": .int(status)]], status: status, headers: headers)
    }

    /// Adds an authenticated route under `/wp-json/wc/v3`.
    func addAPI(_ router: inout SimRouter, _ method: String, _ path: String, _ handler: @escaping SimHandler) {
        router.add(method, Self.prefix + path) { [unowned self] request in
            if let failure = authenticate(request) { return failure }
            return try await handler(request)
        }
    }

    /// Site-local and GMT renderings of `date` (`YYYY-MM-DDTHH:MM:SS`, no offset).
    func dates(_ date: Date) -> (local: JSONValue, gmt: JSONValue) {
        let pattern = "yyyy-MM-dd'T'HH:mm:ss"
        return (.string(SimTime.format(date, zone: siteZone, pattern: pattern)),
                .string(SimTime.format(date, zone: SimTime.utc, pattern: pattern)))
    }

    /// Money as WooCommerce sends it: a string with two decimals.
    static func money(_ value: Double) -> JSONValue {
        .string(String(format: "%.2f", value))
    }
}
