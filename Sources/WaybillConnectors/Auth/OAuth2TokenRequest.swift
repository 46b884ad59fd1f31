import Foundation

/// One refresh-token grant request to a token endpoint and its parsed answer.
struct OAuth2TokenRequest: Sendable {
    struct Grant: Sendable {
        var accessToken: Secret
        var refreshToken: Secret?
        var expiresIn: Duration?
    }

    let configuration: OAuth2Configuration
    let refreshToken: Secret

    func perform(with transport: any HTTPTransport) async throws -> Grant {
        let form = FormEncoding.encode([
            ("grant_type", "refresh_token"),
            ("refresh_token", refreshToken.exposedValue),
            ("client_id", configuration.clientID),
            ("client_secret", configuration.clientSecret.exposedValue),
        ])
        let request = HTTPRequest(
            method: .post, url: configuration.tokenURL,
            headers: ["Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"],
            body: Data(form.utf8))
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as TransportError {
            throw ErrorClassifier().classify(error)
        }
        let body = try? JSONValue.parse(response.body)
        guard response.isSuccess else {
            let reason = [body?["error"]?.stringValue, body?["error_description"]?.stringValue].compactMap { $0 }.joined(separator: ": ")
            let message = "token refresh at \(request.redactedURL) returned HTTP \(response.status)" + (reason.isEmpty ? "" : ": \(reason)")
            if response.status == 429 || response.status >= 500 {
                throw ConnectorError(.retryable(retryAfter: RetryAfterParser().retryAfter(in: response.headers, now: Date())), .authentication, status: response.status, message: message)
            }
            throw ConnectorError(.permanent, .authentication, status: response.status, message: message)
        }
        guard let access = body?["access_token"]?.stringValue, !access.isEmpty else {
            throw ConnectorError(.permanent, .protocolViolation, status: response.status, message: "token response from \(request.redactedURL) has no access_token")
        }
        let expires = body?["expires_in"]?.doubleValue ?? body?["expires_in"]?.stringValue.flatMap(Double.init)
        return Grant(
            accessToken: Secret(access),
            refreshToken: body?["refresh_token"]?.stringValue.map { Secret($0) },
            expiresIn: expires.map { .milliseconds(Int64($0 * 1000)) })
    }
}

/// `application/x-www-form-urlencoded` and RFC 3986 percent-encoding.
enum FormEncoding {
    static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    static func percentEncode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .waybillQueryValue) ?? ""
    }
}
