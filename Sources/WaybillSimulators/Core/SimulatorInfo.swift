import Foundation

/// How to reach a running simulator: the line `waybill simulate` prints.
public struct SimulatorInfo: Sendable {
    /// Catalogue name.
    public var system: String
    /// Base URL without a trailing slash.
    public var baseURL: String
    /// Client credentials.
    public var credentials: [String: String]
    /// Webhook signing secret.
    public var webhookSecret: String

    /// The info of `simulator` at its current base URL.
    public init(simulator: any Simulator) {
        system = simulator.name
        baseURL = simulator.environment.baseURL
        credentials = simulator.credentials
        webhookSecret = simulator.webhookSecret
    }

    /// `{"system", "base_url", "credentials", "webhook_secret"}`.
    public var json: JSONValue {
        [
            "system": .string(system), "base_url": .string(baseURL),
            "credentials": .object(credentials.mapValues { .string($0) }), "webhook_secret": .string(webhookSecret),
        ]
    }

    /// The JSON on one line.
    public var line: String {
        String(decoding: json.serialized(), as: UTF8.self)
    }
}
