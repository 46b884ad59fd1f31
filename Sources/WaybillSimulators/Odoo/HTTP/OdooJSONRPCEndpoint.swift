/// JSON-RPC routes: `/web/webclient/version_info`, `/jsonrpc` (service/method/args), and `GET /web/version`.
struct OdooJSONRPCEndpoint {
    let instance: OdooInstance

    /// `GET /web/version` (19.0+): `{"version_info": [...], "version": "19.0"}`.
    func webVersion(_ request: OdooHTTPRequest) -> OdooHTTPResponse {
        guard instance.version.hasJSON2 else { return .werkzeug(404) }
        let version = instance.version
        return .json(["version_info": version.versionInfo, "version": .string(version.rawValue)])
    }

    /// `/web/webclient/version_info`: `common.version()` in a JSON-RPC envelope.
    func versionInfo(_ request: OdooHTTPRequest) -> OdooHTTPResponse {
        envelope(request) { _ in instance.version.versionDict }
    }

    /// `/jsonrpc`: `{"params": {"service", "method", "args"}}`, dispatched like XML-RPC.
    func jsonrpc(_ request: OdooHTTPRequest) -> OdooHTTPResponse {
        envelope(request) { params in
            let service = params["service"]?.stringValue ?? ""
            let method = params["method"]?.stringValue ?? ""
            let args = params["args"]?.arrayValue ?? []
            let credentials = instance.credentials
            switch (service, method) {
            case ("common", "version"):
                return instance.version.versionDict
            case ("common", "login"), ("common", "authenticate"):
                guard args.count >= 3 else { throw OdooError.type("missing arguments") }
                let ok = args[0].stringValue == credentials.database && args[1].stringValue == credentials.login
                    && credentials.accepts(args[2].stringValue ?? "")
                return ok ? .int(credentials.uid) : .bool(false)
            case ("object", "execute_kw"), ("object", "execute"):
                guard args.count >= 5, let model = args[3].stringValue, let name = args[4].stringValue else {
                    throw OdooError.type("execute_kw() missing required positional arguments")
                }
                guard args[0].stringValue == credentials.database, args[1].intValue == credentials.uid,
                    credentials.accepts(args[2].stringValue ?? "")
                else { throw OdooError(.accessDenied, "Access Denied") }
                instance.rpcLog.record(.jsonRPC, model: model, method: name)
                if method == "execute" { return try instance.executeKw(model: model, method: name, args: Array(args.dropFirst(5))) }
                let callArgs = args.count > 5 ? args[5].arrayValue ?? [] : []
                let kwargs = args.count > 6 ? args[6].dictValue ?? OdooDict() : OdooDict()
                return try instance.executeKw(model: model, method: name, args: callArgs, kwargs: kwargs)
            default:
                throw OdooError(.keyError, "'\(service).\(method)'")
            }
        }
    }

    /// Parses a JSON-RPC 2.0 request and wraps the result or the error (`code` 200, "Odoo Server Error").
    private func envelope(_ request: OdooHTTPRequest, _ body: (OdooDict) throws -> OdooValue) -> OdooHTTPResponse {
        guard request.method == "POST" else { return .werkzeug(405) }
        let parsed = (try? OdooJSONParser.parse(request.body))?.dictValue ?? OdooDict()
        let id = parsed["id"] ?? .none
        do {
            let result = try body(parsed["params"]?.dictValue ?? OdooDict())
            return .json(["jsonrpc": "2.0", "id": id, "result": result])
        } catch {
            let odoo = error as? OdooError ?? OdooError(.valueError, "\(error)")
            let data: OdooValue = [
                "name": .string(odoo.kind.rawValue), "debug": .string(odoo.traceback), "message": .string(odoo.message),
                "arguments": [.string(odoo.message)], "context": [:],
            ]
            return .json(["jsonrpc": "2.0", "id": id, "error": ["code": 200, "message": "Odoo Server Error", "data": data]])
        }
    }
}
