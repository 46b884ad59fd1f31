import Foundation
import Testing
@testable import WaybillConnectors

@Suite struct StandardWebhooksTests {
    let secret = Secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    let body = Array(#"{"test": 2432232314}"#.utf8)
    let now = Date(timeIntervalSince1970: 1_614_265_330)
    var scheme: WebhookScheme { .standardWebhooks(secret: secret, tolerance: .seconds(300)) }

    func headers(signature: String, timestamp: String = "1614265330") -> HTTPHeaders {
        ["webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp": timestamp, "webhook-signature": signature]
    }

    @Test func officialVectorVerifies() {
        let verifier = WebhookVerifier(scheme: scheme)
        let result = verifier.verify(headers: headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), body: body, now: now)
        #expect(result == .verified)
    }

    @Test func multiSignatureHeaderPassesWithOneValidEntry() {
        let header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        #expect(WebhookVerifier(scheme: scheme).verify(headers: headers(signature: header), body: body, now: now) == .verified)
    }

    @Test func nearMissFails() {
        let result = WebhookVerifier(scheme: scheme).verify(
            headers: headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA="), body: body, now: now)
        #expect(result == .rejected(.badSignature))
    }

    @Test func tamperedBodyFails() {
        let tampered = Array(#"{"test": 2432232315}"#.utf8)
        let result = WebhookVerifier(scheme: scheme).verify(
            headers: headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), body: tampered, now: now)
        #expect(result == .rejected(.badSignature))
    }

    @Test func wrongSecretFails() {
        let other = WebhookVerifier(scheme: .standardWebhooks(secret: Secret("whsec_" + Data(repeating: 7, count: 24).base64EncodedString()), tolerance: .seconds(300)))
        #expect(other.verify(headers: headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), body: body, now: now) == .rejected(.badSignature))
    }

    @Test(arguments: [-301.0, 301.0, 3600.0])
    func staleTimestampFails(offset: Double) {
        let result = WebhookVerifier(scheme: scheme).verify(
            headers: headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), body: body, now: now.addingTimeInterval(offset))
        #expect(result == .rejected(.staleTimestamp(skewSeconds: Int(offset))))
    }

    @Test(arguments: [299.0, -299.0])
    func timestampInsideWindowPasses(offset: Double) {
        let result = WebhookVerifier(scheme: scheme).verify(
            headers: headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="), body: body, now: now.addingTimeInterval(offset))
        #expect(result == .verified)
    }

    @Test(arguments: ["webhook-id", "webhook-timestamp", "webhook-signature"])
    func missingHeaderFails(name: String) {
        var all = headers(signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
        all.remove(name)
        #expect(WebhookVerifier(scheme: scheme).verify(headers: all, body: body, now: now) == .rejected(.missingHeader(name)))
    }

    @Test(arguments: ["161426533.0", "invalid timestamp", "-161426533"])
    func malformedTimestampFails(stamp: String) {
        let result = WebhookVerifier(scheme: scheme).verify(headers: headers(signature: "v1,x", timestamp: stamp), body: body, now: now)
        #expect(result == .rejected(.malformed("webhook-timestamp")))
    }
}

@Suite struct HMACWebhookTests {
    let body = Array(#"{"id":1001,"status":"processing"}"#.utf8)

    func verifier(_ encoding: WebhookScheme.Encoding = .base64, prefix: String? = nil, secret: Secret = "test_secret") -> WebhookVerifier {
        WebhookVerifier(scheme: .hmacSHA256(header: "X-Shopify-Hmac-Sha256", encoding: encoding, prefix: prefix, secret: secret))
    }

    @Test func apiFactsVectorVerifies() {
        let headers: HTTPHeaders = ["x-shopify-hmac-sha256": "3JdksuONP66m1OexFrizVlvrgOeXyYErrOSwu7cndIU="]
        #expect(verifier().verify(headers: headers, body: body, now: Date()) == .verified)
    }

    @Test func hexWithPrefixVerifies() {
        let headers: HTTPHeaders = ["X-Shopify-Hmac-Sha256": "sha256=dc9764b2e38d3faea6d4e7b116b8b3565beb80e797c9812bace4b0bbb7277485"]
        #expect(verifier(.hex, prefix: "sha256=").verify(headers: headers, body: body, now: Date()) == .verified)
    }

    @Test func tamperedBodyFails() {
        let headers: HTTPHeaders = ["X-Shopify-Hmac-Sha256": "3JdksuONP66m1OexFrizVlvrgOeXyYErrOSwu7cndIU="]
        let tampered = Array(#"{"id":1002,"status":"processing"}"#.utf8)
        #expect(verifier().verify(headers: headers, body: tampered, now: Date()) == .rejected(.badSignature))
    }

    @Test func wrongSecretFails() {
        let headers: HTTPHeaders = ["X-Shopify-Hmac-Sha256": "3JdksuONP66m1OexFrizVlvrgOeXyYErrOSwu7cndIU="]
        #expect(verifier(secret: "other").verify(headers: headers, body: body, now: Date()) == .rejected(.badSignature))
    }

    @Test func missingHeaderFails() {
        #expect(verifier().verify(headers: [:], body: body, now: Date()) == .rejected(.missingHeader("X-Shopify-Hmac-Sha256")))
    }

    @Test func malformedEncodingFails() {
        let headers: HTTPHeaders = ["X-Shopify-Hmac-Sha256": "zz-not-hex"]
        #expect(verifier(.hex).verify(headers: headers, body: body, now: Date()) == .rejected(.malformed("X-Shopify-Hmac-Sha256 (not hex)")))
    }
}

@Suite struct PathTokenTests {
    let verifier = WebhookVerifier(scheme: .none(pathToken: "s3cr3t-token"))

    @Test func matchingTokenVerifies() {
        #expect(verifier.verify(headers: [:], body: [UInt8](), pathToken: "s3cr3t-token", now: Date()) == .verified)
    }

    @Test(arguments: [nil, "", "s3cr3t-tokem", "s3cr3t-token-longer"] as [String?])
    func otherTokensFail(token: String?) {
        #expect(verifier.verify(headers: [:], body: [UInt8](), pathToken: token, now: Date()) == .rejected(.badPathToken))
    }

    @Test func constantTimeEqualityHandlesLengths() {
        #expect(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equals([UInt8](), [0]))
    }
}

@Suite struct ResourceURLGuardTests {
    func guardian() throws -> ResourceURLGuard {
        try #require(ResourceURLGuard(baseURL: testURL("https://ssapi.shipstation.com/")))
    }

    @Test func sameOriginPasses() throws {
        let url = try guardian().check("https://ssapi.shipstation.com/shipments?storeID=1&batchId=2").get()
        #expect(url.path == "/shipments")
        _ = try guardian().check("HTTPS://SSAPI.shipstation.com:443/orders").get()
    }

    @Test(arguments: [
        "https://evil.example.com/shipments", "http://ssapi.shipstation.com/shipments", "https://ssapi.shipstation.com:8443/x",
        "https://ssapi.shipstation.com.evil.com/x", "https://user:pw@ssapi.shipstation.com/x", "/shipments", "not a url",
        "file:///etc/passwd", "https://169.254.169.254/latest/meta-data",
    ])
    func foreignURLsAreRefused(text: String) throws {
        let guardian = try guardian()
        #expect(throws: ResourceURLGuard.Rejection.self) { try guardian.check(text).get() }
    }
}
