import Foundation
import Testing
@testable import WaybillConnectors

@Suite struct RetryAfterParserTests {
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    @Test(arguments: [
        ("120", Duration.seconds(120)), ("2.0", .seconds(2)), ("0.5", .milliseconds(500)), (" 7 ", .seconds(7)), ("-3", .zero),
    ])
    func secondsForms(raw: String, expected: Duration) {
        #expect(RetryAfterParser.parse(raw, now: now) == expected)
    }

    @Test func httpDateForm() {
        // 1_700_000_000 is Tue, 14 Nov 2023 22:13:20 GMT.
        #expect(RetryAfterParser.parse("Tue, 14 Nov 2023 22:14:00 GMT", now: now) == .seconds(40))
        #expect(RetryAfterParser.parse("Tue, 14 Nov 2023 22:00:00 GMT", now: now) == .zero)
        #expect(RetryAfterParser.parse("soon", now: now) == nil)
    }

    @Test func headerPrecedenceAndNames() {
        let parser = RetryAfterParser()
        #expect(parser.retryAfter(in: ["X-Rate-Limit-Reset": "17"], now: now) == .seconds(17))
        #expect(parser.retryAfter(in: ["x-retry-after": "25"], now: now) == .seconds(25))
        #expect(parser.retryAfter(in: ["retry-after": "3", "X-Rate-Limit-Reset": "40"], now: now) == .seconds(3))
        #expect(parser.retryAfter(in: ["X-Other": "3"], now: now) == nil)
        let custom = RetryAfterParser(extraHeaderNames: ["X-Backoff-Seconds"])
        #expect(custom.retryAfter(in: ["x-backoff-seconds": "9", "Retry-After": "1"], now: now) == .seconds(9))
    }
}

@Suite struct ErrorClassifierTests {
    let classifier = ErrorClassifier()
    let now = Date(timeIntervalSince1970: 1_700_000_000)

    func classify(_ status: Int, headers: HTTPHeaders = [:], body: String = "{}") -> ConnectorError? {
        classifier.classify(.json(body, status: status, headers: headers), method: .post, url: "https://x.test/orders", now: now)
    }

    @Test(arguments: [429, 500, 502, 503, 504, 408])
    func transientStatusesRetry(status: Int) throws {
        let error = try #require(classify(status))
        #expect(error.isRetryable)
        #expect(error.status == status)
    }

    @Test(arguments: [400, 401, 403, 404, 409, 422])
    func clientStatusesArePermanent(status: Int) throws {
        #expect(try #require(classify(status)).disposition == .permanent)
    }

    @Test func successIsNotAnError() {
        #expect(classify(200) == nil)
        #expect(classify(204) == nil)
    }

    @Test func rateLimitCarriesRetryAfter() throws {
        let error = try #require(classify(429, headers: ["Retry-After": "2.0"]))
        #expect(error.disposition == .retryable(retryAfter: .seconds(2)))
        #expect(error.category == .rateLimited)
        let shipbob = try #require(classify(429, headers: ["x-retry-after": "25"]))
        #expect(shipbob.retryAfter == .seconds(25))
    }

    @Test("a 503 waits only for its own Retry-After, never for the rate window's reset")
    func serverErrorIgnoresRateWindow() throws {
        let windowOnly = try #require(classify(503, headers: ["X-Rate-Limit-Reset": "58", "x-retry-after": "30"]))
        #expect(windowOnly.disposition == .retryable(retryAfter: nil))
        let asked = try #require(classify(503, headers: ["Retry-After": "4", "X-Rate-Limit-Reset": "58"]))
        #expect(asked.retryAfter == .seconds(4))
        let limited = try #require(classify(429, headers: ["X-Rate-Limit-Reset": "58"]))
        #expect(limited.retryAfter == .seconds(58))
    }

    @Test func messageNamesMethodURLStatusAndBody() throws {
        let error = try #require(classify(422, body: #"{"": ["Cannot insert order with existing ReferenceId"]}"#))
        #expect(error.description.contains("permanent validation error"))
        #expect(error.message.contains("POST https://x.test/orders returned HTTP 422"))
        #expect(error.message.contains("existing ReferenceId"))
    }

    @Test(arguments: [TransportError.Kind.timeout, .connection])
    func transportFailuresRetry(kind: TransportError.Kind) {
        let error = classifier.classify(TransportError(kind: kind, method: .get, url: "https://x.test/", detail: ""))
        #expect(error.isRetryable)
    }

    @Test func oversizedBodyIsPermanent() {
        let error = classifier.classify(TransportError(kind: .bodyTooLarge(limit: 10), method: .get, url: "https://x.test/", detail: ""))
        #expect(error.disposition == .permanent)
    }
}

@Suite struct OdooErrorClassifierTests {
    @Test(arguments: [
        (2, ConnectorError.Category.validation), (3, .authentication), (4, .authorization),
    ])
    func numberedFaultsArePermanent(code: Int, category: ConnectorError.Category) {
        let error = OdooErrorClassifier.fault(code: .int(code), message: "Some message", context: "res.partner.write")
        #expect(error.disposition == .permanent)
        #expect(error.category == category)
        #expect(error.message.contains("res.partner.write"))
    }

    @Test func applicationErrorIsPermanentUnlessConcurrency() {
        let traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: Invalid field 'foo'"
        let plain = OdooErrorClassifier.fault(code: .int(1), message: traceback, context: "m.create")
        #expect(plain.disposition == .permanent)
        #expect(plain.message.contains("ValueError: Invalid field 'foo'"))
        let serialization = "Traceback ...\npsycopg2.errors.SerializationFailure: could not serialize access due to concurrent update"
        #expect(OdooErrorClassifier.fault(code: .int(1), message: serialization, context: "m.write").isRetryable)
    }

    @Test func legacyStringCodes() {
        #expect(OdooErrorClassifier.fault(code: .string("warning -- UserError\n\nNo"), message: "No", context: "m").category == .validation)
        #expect(OdooErrorClassifier.fault(code: .string("AccessDenied"), message: "Access Denied", context: "m").category == .authentication)
    }

    @Test(arguments: [
        (401, false), (403, false), (404, false), (409, true), (422, false), (400, false), (429, true), (503, true),
    ])
    func json2Statuses(status: Int, retryable: Bool) {
        let body: JSONValue = ["name": "odoo.exceptions.Something", "message": "text"]
        #expect(OdooErrorClassifier.json2(status: status, body: body, context: "m.f", retryAfter: nil).isRetryable == retryable)
    }

    @Test func json2ServerErrors() {
        let generic: JSONValue = ["name": "builtins.ValueError", "message": "bad"]
        #expect(!OdooErrorClassifier.json2(status: 500, body: generic, context: "m", retryAfter: nil).isRetryable)
        let conflict: JSONValue = ["name": "psycopg2.errors.SerializationFailure", "message": "could not serialize access"]
        #expect(OdooErrorClassifier.json2(status: 500, body: conflict, context: "m", retryAfter: nil).isRetryable)
        #expect(OdooErrorClassifier.json2(status: 500, body: nil, context: "m", retryAfter: nil).isRetryable)
    }
}
