extension WooCommerceSimulator {
    /// The `/wp-json/wc/v3` API with `consumer_key` / `consumer_secret` and `webhook_secret`.
    public func connection(for system: String) -> SimulatorConnection {
        SimulatorConnection(
            baseURL: environment.baseURL + Self.prefix,
            secrets: ["consumer_key": consumerKey, "consumer_secret": consumerSecret, "webhook_secret": webhookSecret])
    }
}
