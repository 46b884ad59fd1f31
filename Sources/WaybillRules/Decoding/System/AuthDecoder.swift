/// Decodes `auth:`.
enum AuthDecoder {
    static func decode(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> AuthScheme? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        guard let scheme = reader.choice("scheme", AuthSchemeName.self, required: true) else {
            reader.allow("username", "password", "header", "value", "token", "token_url", "client_id", "client_secret",
                         "refresh_token", "refresh_before", "consumer_key", "consumer_secret", "method", "api_key")
            return nil
        }
        func slot(_ key: String) -> SecretSlot? {
            guard let value = reader.required(key) else { return nil }
            return session.secretSlot(value, reader.child(key))
        }
        switch scheme {
        case .basic:
            guard let user = slot("username"), let password = slot("password") else { return nil }
            return .basic(username: user, password: password)
        case .api_key_header:
            guard let header = reader.string("header", required: true), let value = slot("value") else { return nil }
            return .apiKeyHeader(header: header, value: value)
        case .bearer:
            return slot("token").map { .bearer(token: $0) }
        case .oauth2_refresh:
            let tokenURL = reader.string("token_url", required: true)
            let before = reader.duration("refresh_before") ?? RuleDuration(milliseconds: 300_000)
            guard let tokenURL, let id = slot("client_id"), let secret = slot("client_secret"),
                  let refresh = slot("refresh_token") else { return nil }
            return .oauth2Refresh(tokenURL: tokenURL, clientID: id, clientSecret: secret,
                                  refreshToken: refresh, refreshBefore: before)
        case .oauth1_query:
            let method = reader.string("method") ?? "HMAC-SHA256"
            guard let key = slot("consumer_key"), let secret = slot("consumer_secret") else { return nil }
            return .oauth1Query(consumerKey: key, consumerSecret: secret, method: method)
        case .odoo_api_key:
            return slot("api_key").map { .odooAPIKey(apiKey: $0) }
        case .none:
            return AuthScheme.none
        case .any_of:
            return anyOf(reader, session)
        }
    }
}
