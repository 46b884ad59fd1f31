import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceLifecycle
@testable import WaybillConnectors

/// Runs `router` on 127.0.0.1 with an ephemeral port for the duration of `body`.
func withLoopbackServer<T: Sendable>(
    _ router: Router<BasicRequestContext>, _ body: @Sendable (URL) async throws -> T
) async throws -> T {
    let (ports, portSink) = AsyncStream<Int>.makeStream()
    let app = Application(
        router: router,
        configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            portSink.yield(channel.localAddress?.port ?? 0)
            portSink.finish()
        })
    let services = ServiceGroup(configuration: .init(services: [app], logger: Logger(label: "loopback-test-server")))
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await services.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await services.triggerGracefulShutdown()
            throw TransportError(kind: .connection, method: .get, url: "", detail: "server did not start")
        }
        do {
            let result = try await body(testURL("http://127.0.0.1:\(port)"))
            // Graceful: in-flight requests finish before the server stops.
            await services.triggerGracefulShutdown()
            return result
        } catch {
            await services.triggerGracefulShutdown()
            throw error
        }
    }
}

/// A JSON response.
func jsonResponse(_ text: String, status: Int = 200, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "application/json"
    return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(string: text)))
}

/// A header field name from text.
func field(_ name: String) -> HTTPField.Name {
    HTTPField.Name(name) ?? .contentType
}

/// A gate that handlers wait on until the test opens it (instead of sleeping).
final class Gate: Sendable {
    let stream: AsyncStream<Void>
    let continuation: AsyncStream<Void>.Continuation
    init() { (stream, continuation) = AsyncStream<Void>.makeStream() }
    func wait() async { for await _ in stream {} }
    func open() { continuation.finish() }
}

/// A plain `URLSessionTransport` for tests, with a generous timeout: in the full parallel suite on two
/// cores a loopback answer can wait many seconds for a thread (tests check behaviour, not latency).
func loopbackTransport(timeout: Duration = .seconds(90), maxBytes: Int = 1 << 20) -> URLSessionTransport {
    URLSessionTransport(configuration: .init(requestTimeout: timeout, maxResponseBytes: maxBytes))
}

/// A client with no auth over a fresh loopback transport.
func restClient(_ base: URL, path: String = "", scheme: AuthScheme = .none, budget: (any RequestBudget)? = nil, headers: HTTPHeaders = [:]) -> RESTClient {
    let transport = loopbackTransport()
    let channel = SystemChannel(transport: transport, authorizer: RequestAuthorizer(scheme: scheme, transport: transport), budget: budget)
    return RESTClient(baseURL: base.appendingPathComponent(path), requiredHeaders: headers, channel: channel)
}
