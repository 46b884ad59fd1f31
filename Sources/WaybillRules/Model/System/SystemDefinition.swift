/// How to talk to one external system (`rules/systems/<name>.yaml`).
public struct SystemDefinition: Sendable {
    /// REST or Odoo.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// A REST API described by resources.
        case rest
        /// Odoo (XML-RPC or JSON-2) described by models.
        case odoo
    }

    /// The system's name, used by flows and connections.
    public var name: String
    /// REST or Odoo.
    public var kind: Kind
    /// Human title.
    public var title: String?
    /// Default base URL, allowed pattern and Odoo URL forms.
    public var baseURL: BaseURLRule
    /// Odoo protocol selection (Odoo systems only).
    public var odooProtocol: OdooProtocol?
    /// Authentication scheme and secret slots.
    public var auth: AuthScheme?
    /// IANA zone of naive datetimes the system sends and expects.
    public var timeZone: String
    /// Headers sent on every call (templates over `connection`).
    public var headers: [NamedTemplate]
    /// Rate limit policy.
    public var rateLimit: RateLimitPolicy?
    /// Retry policy (defaults: 1s 4s 16s, jitter 0.2).
    public var retry: RetryPolicy
    /// Default pagination for list operations.
    public var pagination: Pagination?
    /// Named object types used by fields, already resolved into `resources` and `models`.
    public var types: [String: FieldType]
    /// REST resources by name.
    public var resources: [String: ResourceDefinition]
    /// Odoo models by name.
    public var models: [String: ModelDefinition]
    /// Webhook delivery description.
    public var webhooks: WebhookDefinition?
    /// Where the document is.
    public var location: SourceLocation
}

/// A name and a template value (headers, query parameters).
public struct NamedTemplate: Sendable {
    /// Header or parameter name.
    public var name: String
    /// Its value.
    public var value: RuleExpression
}

/// Which Odoo protocol to use.
public enum OdooProtocol: String, Sendable, Hashable, CaseIterable, Codable {
    /// Detect: JSON-2 from Odoo 19.0, XML-RPC before.
    case auto
    /// XML-RPC (`/xmlrpc/2/object`).
    case xmlrpc
    /// JSON-2 (`/json/2/<model>/<method>`).
    case json2
}

/// What base URLs a connection may use.
public struct BaseURLRule: Sendable, Hashable {
    /// The URL used when the connection gives none.
    public var defaultURL: String?
    /// A regex a connection's URL must match (loopback http is always allowed).
    public var pattern: String?
    /// Odoo URL forms accepted: `odoo_online`, `odoo_sh`, `self_hosted`.
    public var forms: [String]
}

/// Retry policy for transient failures.
public struct RetryPolicy: Sendable, Hashable {
    /// Waits before each retry.
    public var backoff: [RuleDuration]
    /// Random spread as a fraction (0.2 = ±20 %).
    public var jitter: Double

    /// The default: 1s, 4s, 16s with 20 % jitter.
    public static let standard = RetryPolicy(
        backoff: [RuleDuration(milliseconds: 1_000), RuleDuration(milliseconds: 4_000), RuleDuration(milliseconds: 16_000)],
        jitter: 0.2)
}
