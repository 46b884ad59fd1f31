import Foundation
import Testing
@testable import WaybillConnectors

/// A token endpoint that rotates refresh tokens and counts grants.
private final class FakeTokenEndpoint: Sendable {
    let grants = Locked(0)
    let events: EventLog
    let lifetime: Int

    init(events: EventLog, lifetime: Int = 3600) {
        self.events = events
        self.lifetime = lifetime
    }

    func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.url.path == "/connect/token" {
            let form = String(decoding: request.body ?? Data(), as: UTF8.self)
            let number = grants.withLock { value -> Int in
                value += 1
                return value
            }
            events.append("refresh with \(form.contains("refresh_token=rt-\(number - 1)&") ? "current" : "stale") token")
            await Task.yield()
            return .json(#"{"access_token":"at-\#(number)","expires_in":\#(lifetime),"token_type":"Bearer","refresh_token":"rt-\#(number)"}"#)
        }
        let token = request.headers["Authorization"] ?? "none"
        events.append("api call with \(token)")
        return .json("{}")
    }
}

private func makeConfiguration(events: EventLog, store: Locked<String>) -> OAuth2Configuration {
    OAuth2Configuration(
        tokenURL: testURL("https://auth.example.test/connect/token"), clientID: "client", clientSecret: "client-secret",
        refreshTokens: RefreshTokenStore(
            load: { Secret(store.withLock { $0 }) },
            persist: { token in
                await Task.yield()
                store.withLock { $0 = token.exposedValue }
                events.append("persisted \(token.exposedValue)")
            }),
        refreshSkew: .seconds(60))
}

@Suite struct OAuth2Tests {
    @Test func fiftyConcurrentCallersCauseExactlyOneRefresh() async throws {
        let events = EventLog()
        let endpoint = FakeTokenEndpoint(events: events)
        let transport = RecordingTransport { try await endpoint.handle($0) }
        let store = Locked("rt-0")
        let authorizer = RequestAuthorizer(scheme: .oauth2Refresh(makeConfiguration(events: events, store: store)), transport: transport)
        let channel = SystemChannel(transport: transport, authorizer: authorizer)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<50 {
                group.addTask { _ = try await channel.execute(HTTPRequest(method: .get, url: testURL("https://api.example.test/orders/\(index)"))) }
            }
            try await group.waitForAll()
        }
        #expect(endpoint.grants.withLock { $0 } == 1)
        #expect(await authorizer.tokens?.refreshCount == 1)
        let calls = events.all.filter { $0.hasPrefix("api call") }
        #expect(calls.count == 50)
        #expect(calls.allSatisfy { $0 == "api call with Bearer at-1" })
        // The rotated refresh token was persisted before the new access token was used.
        let persisted = try #require(events.all.firstIndex(of: "persisted rt-1"))
        let firstUse = try #require(events.all.firstIndex(of: "api call with Bearer at-1"))
        #expect(persisted < firstUse)
        #expect(store.withLock { $0 } == "rt-1")
    }

    @Test func refreshesBeforeExpiryUsingTheSkew() async throws {
        let events = EventLog()
        let endpoint = FakeTokenEndpoint(events: events, lifetime: 3600)
        let transport = RecordingTransport { try await endpoint.handle($0) }
        let store = Locked("rt-0")
        let clock = Locked(Date(timeIntervalSince1970: 1_000_000))
        let provider = OAuth2TokenProvider(
            configuration: makeConfiguration(events: events, store: store), transport: transport, now: { clock.withLock { $0 } })
        #expect(try await provider.accessToken().exposedValue == "at-1")
        clock.withLock { $0 = $0.addingTimeInterval(3539) }  // 61 s before expiry: still good
        #expect(try await provider.accessToken().exposedValue == "at-1")
        clock.withLock { $0 = $0.addingTimeInterval(2) }  // 59 s before expiry: inside the skew
        #expect(try await provider.accessToken().exposedValue == "at-2")
        #expect(events.all.filter { $0.hasPrefix("refresh") } == ["refresh with current token", "refresh with current token"])
    }

    @Test func a401TriggersOneForcedRefreshThenRetries() async throws {
        let events = EventLog()
        let endpoint = FakeTokenEndpoint(events: events)
        let transport = RecordingTransport { request in
            if request.url.path == "/connect/token" { return try await endpoint.handle(request) }
            // The server revoked at-1: only at-2 works.
            return request.headers["Authorization"] == "Bearer at-2" ? .json("{}") : .json(#"{"error":"invalid_token"}"#, status: 401)
        }
        let store = Locked("rt-0")
        let authorizer = RequestAuthorizer(scheme: .oauth2Refresh(makeConfiguration(events: events, store: store)), transport: transport)
        let channel = SystemChannel(transport: transport, authorizer: authorizer)
        let response = try await channel.execute(HTTPRequest(method: .get, url: testURL("https://api.example.test/orders")))
        #expect(response.status == 200)
        #expect(endpoint.grants.withLock { $0 } == 2)
    }

    @Test func a401AfterTheRefreshIsPermanent() async throws {
        let events = EventLog()
        let endpoint = FakeTokenEndpoint(events: events)
        let transport = RecordingTransport { request in
            if request.url.path == "/connect/token" { return try await endpoint.handle(request) }
            return .json(#"{"error":"invalid_token"}"#, status: 401)
        }
        let store = Locked("rt-0")
        let authorizer = RequestAuthorizer(scheme: .oauth2Refresh(makeConfiguration(events: events, store: store)), transport: transport)
        let channel = SystemChannel(transport: transport, authorizer: authorizer)
        let error = await #expect(throws: ConnectorError.self) {
            try await channel.execute(HTTPRequest(method: .get, url: testURL("https://api.example.test/orders")))
        }
        #expect(error?.disposition == .permanent)
        #expect(error?.category == .authentication)
        #expect(endpoint.grants.withLock { $0 } == 2)
        #expect(transport.requests.filter { $0.url.path == "/orders" }.count == 2)
    }

    @Test func rejectedRefreshTokenIsPermanentAndSecretFree() async throws {
        let transport = RecordingTransport { _ in .json(#"{"error":"invalid_grant","error_description":"refresh token expired"}"#, status: 400) }
        let store = Locked("rt-very-secret-value")
        let provider = OAuth2TokenProvider(configuration: makeConfiguration(events: EventLog(), store: store), transport: transport)
        let error = await #expect(throws: ConnectorError.self) { try await provider.accessToken() }
        #expect(error?.disposition == .permanent)
        #expect(error?.description.contains("invalid_grant") == true)
        #expect(error?.description.contains("rt-very-secret-value") == false)
        #expect(error?.description.contains("client-secret") == false)
    }
}
