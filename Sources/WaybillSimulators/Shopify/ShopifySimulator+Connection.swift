extension ShopifySimulator {
    /// The version the bundled system file speaks.
    static let connectionAPIVersion = "2025-07"

    /// `/admin/api/2025-07` with `access_token` and the app secret as `webhook_secret`.
    public func connection(for system: String) -> SimulatorConnection {
        SimulatorConnection(
            baseURL: environment.baseURL + "/admin/api/" + Self.connectionAPIVersion,
            secrets: ["access_token": accessToken, "webhook_secret": webhookSecret])
    }
}
