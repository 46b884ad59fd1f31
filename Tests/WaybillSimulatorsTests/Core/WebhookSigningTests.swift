import Foundation
import Testing
import WaybillSimulators

@Suite struct WebhookSigningTests {
    @Test func standardWebhooksPublishedVector() {
        let signature = WebhookSigning.standardWebhooks(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: 1_614_265_330, body: Data(#"{"test": 2432232314}"#.utf8),
            secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        #expect(signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    @Test func shopifyAndWooCommerceVector() {
        let signature = WebhookSigning.hmacSHA256Base64(body: Data(#"{"id":1001,"status":"processing"}"#.utf8), secret: "test_secret")
        #expect(signature == "3JdksuONP66m1OexFrizVlvrgOeXyYErrOSwu7cndIU=")
    }

    @Test(arguments: ["v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "3JdksuONP66m1OexFrizVlvrgOeXyYErrOSwu7cndIU="])
    func corruptedSignaturesDiffer(signature: String) {
        let corrupted = WebhookSigning.corrupt(signature)
        #expect(corrupted != signature)
        #expect(corrupted.count == signature.count)
        #expect(corrupted.hasPrefix("v1,") == signature.hasPrefix("v1,"))
    }

    @Test func malformedSecretIsRejected() {
        #expect(WebhookSigning.standardWebhooks(id: "m", timestamp: 1, body: Data(), secret: "whsec_not base64!") == nil)
    }
}
