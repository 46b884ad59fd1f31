import Foundation
import Hummingbird
import Testing
@testable import WaybillConnectors

@Suite struct TransportIntegrationTests {
    @Test func slowServerTimesOutAsRetryable() async throws {
        let gate = Gate()
        let router = Router()
        router.get("/slow") { _, _ -> Response in
            await gate.wait()
            return jsonResponse("{}")
        }
        try await withLoopbackServer(router) { base in
            let transport = loopbackTransport(timeout: .milliseconds(300))
            let channel = SystemChannel(transport: transport, authorizer: RequestAuthorizer(scheme: .none, transport: transport))
            let error = await #expect(throws: ConnectorError.self) {
                try await channel.execute(WaybillConnectors.HTTPRequest(method: .get, url: base.appendingPathComponent("slow")))
            }
            gate.open()
            #expect(error?.category == .timeout)
            #expect(error?.isRetryable == true)
        }
    }

    @Test func refusedConnectionIsRetryable() async throws {
        let transport = loopbackTransport()
        let channel = SystemChannel(transport: transport, authorizer: RequestAuthorizer(scheme: .none, transport: transport))
        let error = await #expect(throws: ConnectorError.self) {
            try await channel.execute(WaybillConnectors.HTTPRequest(method: .get, url: testURL("http://127.0.0.1:1/nothing")))
        }
        #expect(error?.category == .connection)
        #expect(error?.isRetryable == true)
    }

    @Test func aTricklingResponseHitsTheDeadline() async throws {
        // Headers and one byte, then nothing until the test releases the handler: the idle
        // timeout (60 s here) would wait; the whole-response deadline (1 s) does not.
        let (release, releaser) = AsyncStream<Int>.makeStream()
        let router = Router()
        router.get("/trickle") { _, _ -> Response in
            Response(status: .ok, headers: [.contentLength: "100"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "{"))
                for await _ in release {}
                try await writer.finish(nil)
            })
        }
        try await withLoopbackServer(router) { base in
            defer { releaser.finish() }
            let transport = URLSessionTransport(configuration: .init(requestTimeout: .seconds(60),
                                                                     responseDeadline: .seconds(1)))
            let error = await #expect(throws: TransportError.self) {
                try await transport.send(WaybillConnectors.HTTPRequest(method: .get, url: base.appendingPathComponent("trickle")))
            }
            #expect(error?.kind == .timeout)
            #expect(error?.description.contains("no complete response within 1 s") == true, "\(String(describing: error))")
        }
    }

    @Test func oversizedBodyIsCut() async throws {
        let router = Router()
        router.get("/big") { _, _ -> Response in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: "x"), count: 300_000)))
        }
        try await withLoopbackServer(router) { base in
            let transport = loopbackTransport(maxBytes: 100_000)
            let error = await #expect(throws: TransportError.self) {
                try await transport.send(WaybillConnectors.HTTPRequest(method: .get, url: base.appendingPathComponent("big")))
            }
            #expect(error?.kind == .bodyTooLarge(limit: 100_000))
            let small = loopbackTransport(maxBytes: 400_000)
            let whole = try await small.send(WaybillConnectors.HTTPRequest(method: .get, url: base.appendingPathComponent("big")))
            #expect(whole.body.count == 300_000)
        }
    }

    @Test func redirectsAreNotFollowed() async throws {
        let router = Router()
        router.get("/moved") { _, _ -> Response in
            Response(status: .found, headers: [.location: "http://169.254.169.254/latest"])
        }
        try await withLoopbackServer(router) { base in
            let response = try await loopbackTransport().send(WaybillConnectors.HTTPRequest(method: .get, url: base.appendingPathComponent("moved")))
            #expect(response.status == 302)
        }
    }

    @Test func a429PausesTheSharedBudgetAndIsRetryable() async throws {
        let calls = Locked(0)
        let router = Router()
        router.get("/orders") { _, _ -> Response in
            let number = calls.withLock { value -> Int in
                value += 1
                return value
            }
            if number == 1 {
                return jsonResponse(#"{"statusCode":429,"message":"Rate limit is exceeded. Try again in 7 seconds."}"#, status: 429, headers: [field("x-retry-after"): "7"])
            }
            return jsonResponse("[]", headers: [field("x-remaining-calls"): "149"])
        }
        try await withLoopbackServer(router) { base in
            let clock = ManualClock()
            let budget = RateBudget(RateLimitDescriptor(policy: .window(limit: 150, window: .seconds(60)), remainingHeader: "x-remaining-calls"), clock: clock)
            let client = restClient(base, budget: budget)
            let operation = RESTOperation(method: .get, path: "/orders")
            let error = await #expect(throws: ConnectorError.self) { _ = try await client.call(operation) }
            #expect(error?.disposition == .retryable(retryAfter: .seconds(7)))
            #expect(await budget.currentWait() == .seconds(7))
            // Every caller waits for the pause; none reaches the server early.
            let second = Task { try await client.call(operation) }
            #expect(await settle { clock.sleeperCount == 1 })
            #expect(calls.withLock { $0 } == 1)
            clock.advance(by: .seconds(7))
            let answer = try await second.value
            #expect(answer.response.status == 200)
            #expect(calls.withLock { $0 } == 2)
        }
    }

    @Test func oauthRefreshOverLoopback() async throws {
        let refreshes = Locked(0)
        let router = Router()
        router.post("/connect/token") { request, _ -> Response in
            let form = String(decoding: try await request.body.collect(upTo: 1 << 16).readableBytesView, as: UTF8.self)
            let number = refreshes.withLock { value -> Int in
                value += 1
                return value
            }
            guard form.contains("grant_type=refresh_token"), form.contains("refresh_token=rt-\(number - 1)") else {
                return jsonResponse(#"{"error":"invalid_grant"}"#, status: 400)
            }
            return jsonResponse(#"{"access_token":"at-\#(number)","expires_in":3600,"token_type":"Bearer","refresh_token":"rt-\#(number)"}"#)
        }
        router.get("/2026-01/order") { request, _ -> Response in
            // The first token was revoked server-side; only the second works.
            request.headers[.authorization] == "Bearer at-2" ? jsonResponse("[]") : jsonResponse("", status: 401)
        }
        try await withLoopbackServer(router) { base in
            let stored = Locked("rt-0")
            let configuration = OAuth2Configuration(
                tokenURL: base.appendingPathComponent("connect/token"), clientID: "id", clientSecret: "secret",
                refreshTokens: RefreshTokenStore(load: { Secret(stored.withLock { $0 }) }, persist: { token in stored.withLock { $0 = token.exposedValue } }))
            let client = restClient(base, scheme: .oauth2Refresh(configuration))
            let (body, _) = try await client.call(RESTOperation(method: .get, path: "/2026-01/order"))
            #expect(body == [])
            #expect(refreshes.withLock { $0 } == 2)
            #expect(stored.withLock { $0 } == "rt-2")
        }
    }
}
