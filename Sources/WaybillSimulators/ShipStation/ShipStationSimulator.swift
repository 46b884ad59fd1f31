import Foundation

/// ShipStation: V1 (`/orders`, `/shipments`, `/products`, `/warehouses`, `/webhooks`; Basic auth;
/// 40 requests per minute per key with `X-Rate-Limit-*`) and V2 (`/v2/inventory…`; `API-Key`;
/// 200 per minute with `Retry-After`). Timestamps are naive US Pacific with 7 fractional digits.
public final class ShipStationSimulator: Simulator {
    public let name = "shipstation"
    public let environment: SimulatorEnvironment
    /// V1 API key (Basic user).
    public let apiKey = "ss_demo_key"
    /// V1 API secret (Basic password).
    public let apiSecret = "ss_demo_secret"
    /// V2 `API-Key` header value.
    public let v2APIKey = "ss_v2_demo_key"
    public let webhookSecret = ""
    let v1Limits = RateLimiterTable { FixedWindowLimiter(limit: 40, window: 60) }
    let v2Limits = RateLimiterTable { SlidingWindowLimiter(limit: 200, window: 60) }
    private let router = Locked(SimRouter())

    /// A ShipStation simulator living in `environment`.
    public init(environment: SimulatorEnvironment = SimulatorEnvironment()) {
        self.environment = environment
        var router = SimRouter()
        registerOrders(&router)
        registerShipments(&router)
        registerCatalog(&router)
        registerWebhooks(&router)
        registerInventory(&router)
        self.router.withLock { $0 = router }
    }

    public var routes: SimRouter { router.current }

    public var credentials: [String: String] {
        ["api_key": apiKey, "api_secret": apiSecret, "v2_api_key": v2APIKey]
    }

    public func resetState() {
        v1Limits.reset()
        v2Limits.reset()
    }

    public func idField(for resource: String) -> String {
        switch resource {
        case "orders": return "orderId"
        case "shipments": return "shipmentId"
        case "products": return "productId"
        case "warehouses": return "warehouseId"
        case "webhooks": return "WebHookID"
        case "inventory_warehouses": return "inventory_warehouse_id"
        case "inventory_locations": return "inventory_location_id"
        default: return "id"
        }
    }

    public func admit(_ request: SimRequest) -> RateAdmission {
        let now = environment.clock.now()
        if request.path.hasPrefix("/v2/") {
            guard let key = request.header("api-key") else { return .allow(headers: []) }
            let decision = v2Limits.with(key) { $0.take(now: now) }
            guard decision.allowed else {
                return .reject(v2Error(429, type: "system", code: "rate_limit_exceeded", message: "Too many requests.",
                                       headers: [("Retry-After", String(decision.retryAfterSeconds))]))
            }
            return .allow(headers: [])
        }
        guard let user = BasicAuth.parse(request.header("authorization"))?.user else { return .allow(headers: []) }
        let decision = v1Limits.with(user) { $0.take(now: now) }
        let headers = [
            ("X-Rate-Limit-Limit", String(decision.limit)), ("X-Rate-Limit-Remaining", String(decision.remaining)),
            ("X-Rate-Limit-Reset", String(decision.retryAfterSeconds)),
        ]
        guard decision.allowed else {
            return .reject(.json(["Message": "Too Many Requests"], status: 429, headers: headers))
        }
        return .allow(headers: headers)
    }

    public func faultResponse(_ fault: FaultKind, for request: SimRequest) -> SimResponse {
        let v2 = request.path.hasPrefix("/v2/")
        switch fault {
        case .rateLimit(let retryAfter):
            if v2 {
                return v2Error(429, type: "system", code: "rate_limit_exceeded", message: "Too many requests.",
                               headers: [("Retry-After", String(retryAfter))])
            }
            return .json(["Message": "Too Many Requests"], status: 429, headers: [
                ("X-Rate-Limit-Limit", "40"), ("X-Rate-Limit-Remaining", "0"), ("X-Rate-Limit-Reset", String(retryAfter)),
            ])
        case .status(let code):
            if v2 { return v2Error(code, type: "system", code: "unspecified", message: "An error has occurred.") }
            return .json([
                "Message": "An error has occurred.", "ExceptionMessage": .string("Simulated failure (\(code))"),
                "ExceptionType": "System.Exception", "StackTrace": nil,
            ], status: code)
        default:
            return .json(["Message": "An error has occurred."], status: 500)
        }
    }

    public func notFound(_ request: SimRequest) -> SimResponse {
        .json(["Message": .string("No HTTP resource was found that matches the request URI '\(environment.baseURL)\(request.path)'.")],
              status: 404)
    }

    /// A V2 error body `{request_id, errors:[{error_source, error_type, error_code, message}]}`.
    func v2Error(_ status: Int, type: String, code: String, message: String,
                 headers: [(name: String, value: String)] = []) -> SimResponse {
        .json([
            "request_id": .string(UUID().uuidString.lowercased()),
            "errors": [["error_source": "shipstation", "error_type": .string(type), "error_code": .string(code),
                        "message": .string(message)]],
        ], status: status, headers: headers)
    }

    /// Adds a V1 route guarded by Basic auth with the API key and secret.
    func addV1(_ router: inout SimRouter, _ method: String, _ path: String, _ handler: @escaping SimHandler) {
        router.add(method, path) { [unowned self] request in
            guard let pair = BasicAuth.parse(request.header("authorization")),
                  pair.user == self.apiKey, pair.password == self.apiSecret
            else {
                return .json(["Message": "Authorization has been denied for this request."], status: 401,
                             headers: [("WWW-Authenticate", "Basic realm=\"ShipStation\"")])
            }
            return try await handler(request)
        }
    }

    /// Adds a V2 route guarded by the `API-Key` header.
    func addV2(_ router: inout SimRouter, _ method: String, _ path: String, _ handler: @escaping SimHandler) {
        router.add(method, path) { [unowned self] request in
            guard request.header("api-key") == self.v2APIKey else {
                return self.v2Error(401, type: "security", code: "unauthorized",
                                    message: "The API key is invalid. Please see https://www.shipengine.com/docs/auth")
            }
            return try await handler(request)
        }
    }

    /// A 400 in ASP.NET Web API shape.
    func invalid(_ field: String, _ message: String) -> SimResponseError {
        SimResponseError(.json(["Message": "The request is invalid.", "ModelState": .object([field: [.string(message)]])],
                               status: 400))
    }

    /// A V1 list response `{<key>: [...], total, page, pages}` for `page`/`pageSize` (default 100, max 500).
    func pagedV1(_ key: String, _ items: [JSONValue], _ request: SimRequest) -> SimResponse {
        let size = min(500, max(1, Int(request.queryIgnoringCase("pageSize") ?? "") ?? 100))
        let slice = PageSlice(items, page: Int(request.queryIgnoringCase("page") ?? "") ?? 1, size: size)
        return .json([key: .array(slice.items.map(\.publicView)), "total": .int(slice.total), "page": .int(slice.page),
                      "pages": .int(slice.pages)])
    }
}
