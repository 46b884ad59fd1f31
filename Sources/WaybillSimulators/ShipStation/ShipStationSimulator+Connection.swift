extension ShipStationSimulator {
    /// V1 (`shipstation`, Basic key/secret) and V2 (`shipstation-v2`, `API-Key`) on one host.
    public static let servedSystems = ["shipstation", "shipstation-v2"]

    /// `shipstation` and `shipstation-v2`.
    public var systems: [String] { Self.servedSystems }

    /// V1: `api_key` / `api_secret`; V2: `api_key` (the V2 key). Webhooks are unsigned (the path
    /// token is the sandbox's, as the system file asks for one).
    public func connection(for system: String) -> SimulatorConnection {
        let secrets = system == "shipstation-v2" ? ["api_key": v2APIKey] : ["api_key": apiKey, "api_secret": apiSecret]
        return SimulatorConnection(baseURL: environment.baseURL, secrets: secrets)
    }
}
