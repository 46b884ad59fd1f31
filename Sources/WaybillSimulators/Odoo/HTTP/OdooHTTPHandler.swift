/// Routes a request to the Odoo transport that serves its path; nil when no Odoo route matches.
public struct OdooHTTPHandler: Sendable {
    /// The simulated server.
    public let instance: OdooInstance

    /// A handler serving `instance`.
    public init(instance: OdooInstance) { self.instance = instance }

    /// The response for `request`, or nil if the path is not an Odoo route (the caller answers 404).
    public func handle(_ request: OdooHTTPRequest) -> OdooHTTPResponse? {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch parts.first {
        case "xmlrpc":
            guard parts.count == 3, parts[1] == "2" else { return nil }
            return OdooXMLRPCEndpoint(instance: instance).handle(service: parts[2], request)
        case "json":
            guard instance.version.hasJSON2, parts.count == 4, parts[1] == "2" else { return nil }
            return OdooJSON2Endpoint(instance: instance).handle(model: parts[2], method: parts[3], request)
        case "jsonrpc" where parts.count == 1:
            return OdooJSONRPCEndpoint(instance: instance).jsonrpc(request)
        case "web":
            if parts == ["web", "version"] {
                guard instance.version.hasJSON2 else { return nil }
                return OdooJSONRPCEndpoint(instance: instance).webVersion(request)
            }
            if parts == ["web", "webclient", "version_info"] { return OdooJSONRPCEndpoint(instance: instance).versionInfo(request) }
            return nil
        default:
            return nil
        }
    }
}
