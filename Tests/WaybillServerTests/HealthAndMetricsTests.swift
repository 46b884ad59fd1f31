import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WaybillServer
import WaybillStore

@Suite("Health and metrics")
struct HealthAndMetricsTests {
    @Test("healthz and readyz answer 200; readyz 503 when not ready")
    func health() async throws {
        let harness = try ServerHarness()
        try await harness.withClient { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
        }
        let notReady = ServerRoutes(intake: harness.intake, readiness: { false })
        try await Application(router: notReady.router()).test(.router) { client in
            try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .serviceUnavailable) }
        }
    }

    @Test("metrics are valid Prometheus text with job gauges and webhook counters")
    func metricsParse() async throws {
        let harness = try ServerHarness()
        let (body, headers) = WebhookIntakeTests.signedOrder(1, delivery: "m-1")
        let text = Text()
        try await harness.withClient { client in
            try await client.execute(uri: "/webhooks/acme/woo", method: .post, headers: headers,
                                     body: ByteBuffer(bytes: body)) { #expect($0.status == .ok) }
            try await client.execute(uri: "/webhooks/acme/woo", method: .post, body: ByteBuffer(bytes: body)) {
                #expect($0.status == .unauthorized)
            }
            let body = try await client.execute(uri: "/metrics", method: .get) { String(buffer: $0.body) }
            text.set(body)
        }
        let samples = try PrometheusSamples(text.value)
        #expect(samples["waybill_jobs{flow=\"orders\",tenant=\"acme\",state=\"pending\"}"] == 1)
        #expect(samples["waybill_webhooks_accepted_total{system=\"woo\",tenant=\"acme\"}"] == 1)
        #expect(samples["waybill_webhooks_rejected_total{reason=\"missing_header\",system=\"woo\",tenant=\"acme\"}"] == 1)
    }
}

/// A strict little parser of the text format: every line is a comment or `name{labels} value`.
struct PrometheusSamples {
    struct Invalid: Error { var line: String }
    var values: [String: Double] = [:]

    init(_ text: String) throws {
        let pattern = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? (-?[0-9.eE+]+|NaN|[+-]Inf)$/
        var typed: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) where !line.isEmpty {
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                guard parts.count == 4, ["counter", "gauge"].contains(parts[3]) else { throw Invalid(line: line) }
                typed.insert(String(parts[2]))
                continue
            }
            if line.hasPrefix("# HELP ") { continue }
            guard let match = line.wholeMatch(of: pattern), typed.contains(String(match.1)),
                let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...])
            else { throw Invalid(line: line) }
            values[String(line[..<space])] = value
        }
    }

    subscript(key: String) -> Double? { values[key] }
}

/// A text set inside a sendable closure.
final class Text: @unchecked Sendable {
    private(set) var value = ""
    func set(_ text: String) { value = text }
}
