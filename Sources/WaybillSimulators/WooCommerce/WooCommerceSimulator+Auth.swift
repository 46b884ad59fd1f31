import Crypto
import Foundation

extension WooCommerceSimulator {
    /// `nil` when the request is authenticated, else the 401 to send.
    func authenticate(_ request: SimRequest) -> SimResponse? {
        if let pair = BasicAuth.parse(request.header("authorization")) {
            return pair.user == consumerKey && pair.password == consumerSecret
                ? nil : error(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.")
        }
        if let key = request.query("consumer_key") {
            return key == consumerKey && request.query("consumer_secret") == consumerSecret
                ? nil : error(401, "woocommerce_rest_authentication_error", "Consumer secret is invalid.")
        }
        if request.query("oauth_consumer_key") != nil { return checkOAuth(request) }
        return error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
    }

    /// OAuth 1.0a one-legged check: consumer key, timestamp within 15 minutes, unused nonce, and the
    /// HMAC over `METHOD&enc(url)&enc(sorted params)` keyed with `consumer_secret&`.
    private func checkOAuth(_ request: SimRequest) -> SimResponse? {
        var params: [String: String] = [:]
        for item in request.queryItems { params[item.name] = item.value }
        guard params["oauth_consumer_key"] == consumerKey else {
            return error(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
        }
        for required in ["oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method"] where params[required] == nil {
            return error(401, "woocommerce_rest_authentication_error", "The \(required) parameter is missing.")
        }
        let method = params["oauth_signature_method"] ?? ""
        guard method == "HMAC-SHA256" || method == "HMAC-SHA1" else {
            return error(401, "woocommerce_rest_authentication_error", "Invalid signature - signature method is invalid.")
        }
        let stamp = Double(params["oauth_timestamp"] ?? "") ?? 0
        guard abs(environment.clock.now().timeIntervalSince1970 - stamp) <= 15 * 60 else {
            return error(401, "woocommerce_rest_authentication_error", "Invalid timestamp.")
        }
        let provided = (params.removeValue(forKey: "oauth_signature") ?? "").replacingOccurrences(of: " ", with: "+")
        let expected = Self.oauthSignature(method: request.method, url: environment.baseURL + request.path,
                                           params: params, secret: consumerSecret, algorithm: method)
        guard provided.utf8.elementsEqual(expected.utf8) else {
            return error(401, "woocommerce_rest_authentication_error", "Invalid signature - provided signature does not match.")
        }
        let nonceKey = "\(consumerKey):\(params["oauth_nonce"] ?? ""):\(params["oauth_timestamp"] ?? "")"
        let fresh = nonces.withLock { $0.insert(nonceKey).inserted }
        guard fresh else {
            return error(401, "woocommerce_rest_authentication_error", "Invalid nonce - nonce has already been used.")
        }
        return nil
    }

    /// The base64 OAuth 1.0a signature the way WooCommerce and its Python client compute it.
    public static func oauthSignature(method: String, url: String, params: [String: String], secret: String, algorithm: String) -> String {
        let normalized = params.map { (phpEncode($0.key), phpEncode($0.value)) }.sorted { $0.0 < $1.0 }
        let query = normalized.map { "\($0.0)%3D\($0.1)" }.joined(separator: "%26")
        let base = "\(method.uppercased())&\(FormEncoding.percentEncode(url))&\(query)"
        let key = SymmetricKey(data: Data((secret + "&").utf8))
        if algorithm == "HMAC-SHA1" {
            return Data(HMAC<Insecure.SHA1>.authenticationCode(for: Data(base.utf8), using: key)).base64EncodedString()
        }
        return Data(HMAC<SHA256>.authenticationCode(for: Data(base.utf8), using: key)).base64EncodedString()
    }

    /// The client's `quote(value).replace("%", "%25")`: RFC 3986 keeping `/`, then `%` encoded again.
    private static func phpEncode(_ text: String) -> String {
        FormEncoding.percentEncode(text, keep: [UInt8(ascii: "/")]).replacingOccurrences(of: "%", with: "%25")
    }
}
