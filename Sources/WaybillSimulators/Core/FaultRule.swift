import Foundation

/// What an injected fault does to a request.
public enum FaultKind: Sendable, Equatable {
    /// Answer 429 in the simulator's own format, asking to retry after `retryAfter` seconds.
    case rateLimit(retryAfter: Int)
    /// Answer with a server error status (500, 502, 503…) in the simulator's error format.
    case status(Int)
    /// Serve the request normally after `seconds` of simulated time (see `SimulatorClock`).
    case slow(seconds: Double)
    /// Close the connection without sending a response.
    case drop
    /// Serve the request normally but send a truncated, unparsable JSON body.
    case malformedBody

    /// A short label for call logs, e.g. `status_503`.
    public var label: String {
        switch self {
        case .rateLimit: return "rate_limit_429"
        case .status(let code): return "status_\(code)"
        case .slow(let seconds): return "slow_\(seconds)s"
        case .drop: return "drop"
        case .malformedBody: return "malformed_body"
        }
    }
}

/// One fault to inject: for the next `count` matching requests, or for a `fraction` of them.
public struct FaultRule: Sendable, Equatable {
    /// The fault.
    public var kind: FaultKind
    /// How many more matching requests get the fault (`nil`: unlimited, use with `fraction`).
    public var remaining: Int?
    /// Probability in 0...1 that a matching request gets the fault (`nil`: always).
    public var fraction: Double?
    /// Only requests whose path starts with this prefix match.
    public var pathPrefix: String?
    /// Only requests with this method match.
    public var method: String?

    /// Creates a rule; with neither `count` nor `fraction` it applies to the next request only.
    public init(kind: FaultKind, count: Int? = nil, fraction: Double? = nil, pathPrefix: String? = nil, method: String? = nil) {
        self.kind = kind
        self.remaining = count ?? (fraction == nil ? 1 : nil)
        self.fraction = fraction
        self.pathPrefix = pathPrefix
        self.method = method?.uppercased()
    }

    func matches(method: String, path: String) -> Bool {
        if let remaining, remaining <= 0 { return false }
        if let prefix = pathPrefix, !path.hasPrefix(prefix) { return false }
        if let wanted = self.method, wanted != method { return false }
        return true
    }

    /// Renders the rule for the control API.
    public var json: JSONValue {
        var object: [String: JSONValue] = ["type": .string(kind.label)]
        object["remaining"] = remaining.map { .int($0) } ?? .null
        object["fraction"] = fraction.map { .double($0) } ?? .null
        object["path_prefix"] = pathPrefix.map { .string($0) } ?? .null
        object["method"] = method.map { .string($0) } ?? .null
        return .object(object)
    }
}

extension FaultRule {
    /// Reads a rule from the control API body:
    /// `{"type": "429"|"500"|"502"|"503"|"status"|"slow"|"drop"|"malformed", "count"?, "fraction"?,
    ///   "path_prefix"?, "method"?, "status"?, "delay_seconds"?, "retry_after"?}`.
    public static func from(json: JSONValue) throws -> FaultRule {
        guard let type = json["type"]?.stringValue else { throw ControlError("fault needs a \"type\"") }
        let kind: FaultKind
        switch type {
        case "429", "rate_limit": kind = .rateLimit(retryAfter: json["retry_after"]?.intValue ?? 2)
        case "status":
            guard let code = json["status"]?.intValue, (400...599).contains(code) else {
                throw ControlError("fault type \"status\" needs \"status\" between 400 and 599")
            }
            kind = .status(code)
        case "slow":
            guard let seconds = json["delay_seconds"]?.doubleValue, seconds >= 0 else {
                throw ControlError("fault type \"slow\" needs \"delay_seconds\" ≥ 0")
            }
            kind = .slow(seconds: seconds)
        case "drop": kind = .drop
        case "malformed", "malformed_json": kind = .malformedBody
        default:
            guard let code = Int(type), (400...599).contains(code) else {
                throw ControlError("unknown fault type \"\(type)\" (429, 500, 502, 503, status, slow, drop, malformed)")
            }
            kind = .status(code)
        }
        let fraction = json["fraction"]?.doubleValue
        if let fraction, !(0...1).contains(fraction) { throw ControlError("\"fraction\" must be between 0 and 1") }
        let count = json["count"]?.intValue
        if let count, count < 1 { throw ControlError("\"count\" must be at least 1") }
        return FaultRule(
            kind: kind, count: count, fraction: fraction,
            pathPrefix: json["path_prefix"]?.stringValue, method: json["method"]?.stringValue
        )
    }
}

/// A bad control API request, answered with 400 and this message.
public struct ControlError: Error, Sendable, Equatable {
    /// What was wrong.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }
}
