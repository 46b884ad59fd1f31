extension ShipBobSimulator {
    /// The PAT as `token`, the OAuth client as `client_id` / `client_secret` (the first refresh
    /// token comes from the demo authorization code), the channel as the `channel_id` setting and
    /// the Standard Webhooks secret as `webhook_secret`.
    public func connection(for system: String) -> SimulatorConnection {
        let tokenURL = environment.baseURL + "/connect/token"
        return SimulatorConnection(
            baseURL: environment.baseURL, settings: ["channel_id": String(channelID)],
            secrets: ["token": personalAccessToken, "client_id": clientID, "client_secret": clientSecret,
                      "webhook_secret": webhookSecret],
            oauth: SimulatorOAuthGrant(tokenURL: tokenURL, code: ShipBobTokens.demoCode, clientID: clientID,
                                       clientSecret: clientSecret))
    }
}
