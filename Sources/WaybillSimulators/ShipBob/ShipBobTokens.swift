import Foundation

/// OAuth2 state of the ShipBob simulator: authorization codes, access tokens (3600 s) and rotating
/// refresh tokens (30 days if unused; each use issues a new one and retires the old one).
final class ShipBobTokens: Sendable {
    /// A single-use code issued at startup (printed with the credentials); it does not expire.
    static let demoCode = "sb_demo_authorization_code"
    static let accessLifetime: TimeInterval = 3_600
    static let refreshLifetime: TimeInterval = 30 * 86_400
    static let codeLifetime: TimeInterval = 120

    private struct State {
        var codes: [String: (expires: Date?, scope: String)] = [demoCode: (nil, "orders_read orders_write offline_access")]
        var access: [String: Date] = [:]
        var refresh: [String: (expires: Date, scope: String)] = [:]
        var counter = 0
    }

    private let state = Locked(State())
    private let clock: SimulatorClock

    init(clock: SimulatorClock) {
        self.clock = clock
    }

    func reset() {
        state.withLock { $0 = State() }
    }

    func issueCode(scope: String) -> String {
        state.withLock { state in
            state.counter += 1
            let code = "sb_code_\(state.counter)_\(UUID().uuidString.prefix(8))"
            state.codes[code] = (clock.now().addingTimeInterval(Self.codeLifetime), scope)
            return code
        }
    }

    func isValidAccessToken(_ token: String) -> Bool {
        state.withLock { $0.access[token].map { clock.now() < $0 } ?? false }
    }

    /// Exchanges a code; `nil` when it is unknown, used or expired.
    func exchange(code: String) -> JSONValue? {
        state.withLock { state in
            guard let entry = state.codes.removeValue(forKey: code) else { return nil }
            if let expires = entry.expires, clock.now() >= expires { return nil }
            return Self.issue(&state, scope: entry.scope, now: clock.now())
        }
    }

    /// Rotates a refresh token; `nil` when it is unknown, already used or expired.
    func refresh(token: String) -> JSONValue? {
        state.withLock { state in
            guard let entry = state.refresh.removeValue(forKey: token), clock.now() < entry.expires else { return nil }
            return Self.issue(&state, scope: entry.scope, now: clock.now())
        }
    }

    private static func issue(_ state: inout State, scope: String, now: Date) -> JSONValue {
        state.counter += 1
        let suffix = "\(state.counter)_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16))"
        let access = "sb_at_\(suffix)"
        state.access[access] = now.addingTimeInterval(accessLifetime)
        var response: JSONValue = [
            "id_token": .string("sb_id_\(suffix)"), "access_token": .string(access), "expires_in": .int(Int(accessLifetime)),
            "token_type": "Bearer", "scope": .string(scope),
        ]
        if scope.split(separator: " ").contains("offline_access") {
            let refresh = "sb_rt_\(suffix)"
            state.refresh[refresh] = (now.addingTimeInterval(refreshLifetime), scope)
            response["refresh_token"] = .string(refresh)
        }
        return response
    }
}
