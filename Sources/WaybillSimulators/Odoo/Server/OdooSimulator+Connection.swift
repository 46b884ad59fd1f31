extension OdooSimulator {
    /// The database and login as connection keys, the protocol detected (`auto`), `api_key` as the secret.
    public func connection(for system: String) -> SimulatorConnection {
        let credentials = instance.credentials
        return SimulatorConnection(
            baseURL: environment.baseURL,
            fields: ["database": credentials.database, "login": credentials.login, "protocol": "auto"],
            secrets: ["api_key": credentials.apiKey])
    }
}
