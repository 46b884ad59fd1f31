import Foundation

/// `/xmlrpc/2/common`, `/xmlrpc/2/object` and `/xmlrpc/2/db`: Odoo's XML-RPC services with integer fault codes.
struct OdooXMLRPCEndpoint {
    let instance: OdooInstance

    /// Handles a request to `/xmlrpc/2/<service>`.
    func handle(service: String, _ request: OdooHTTPRequest) -> OdooHTTPResponse {
        guard ["common", "object", "db"].contains(service) else { return .werkzeug(404) }
        guard request.method == "POST" else { return .werkzeug(405) }
        let call: XMLRPCCall
        do {
            call = try XMLRPCCall.decode(Data(request.body))
        } catch {
            return .xml(XMLRPCResponse.fault(code: 1, message: OdooError(.valueError, "\(error)").traceback))
        }
        do {
            let result: OdooValue
            switch service {
            case "common": result = try common(call)
            case "db": result = try db(call)
            default: result = try object(call)
            }
            return .xml(XMLRPCResponse.success(result))
        } catch let error as OdooError {
            return .xml(XMLRPCResponse.fault(code: error.faultCode, message: error.faultString))
        } catch {
            return .xml(XMLRPCResponse.fault(code: 1, message: OdooError(.valueError, "\(error)").traceback))
        }
    }

    private func common(_ call: XMLRPCCall) throws -> OdooValue {
        let credentials = instance.credentials
        switch call.method {
        case "version":
            return instance.version.versionDict
        case "authenticate", "login":
            guard call.params.count >= 3 else {
                throw OdooError.type("exp_\(call.method)() missing required positional arguments")
            }
            let matches = call.params[0].stringValue == credentials.database && call.params[1].stringValue == credentials.login
                && credentials.accepts(call.params[2].stringValue ?? "")
            return matches ? .int(credentials.uid) : .bool(false)
        case "about":
            return .string("See http://openerp.com")
        default:
            throw OdooError(.keyError, "'exp_\(call.method)'")
        }
    }

    private func db(_ call: XMLRPCCall) throws -> OdooValue {
        switch call.method {
        case "list": return [.string(instance.credentials.database)]
        case "server_version": return .string(instance.version.rawValue)
        case "db_exist": return .bool(call.params.first?.stringValue == instance.credentials.database)
        default: throw OdooError(.keyError, "'exp_\(call.method)'")
        }
    }

    private func object(_ call: XMLRPCCall) throws -> OdooValue {
        guard call.method == "execute_kw" || call.method == "execute" else {
            throw OdooError(.keyError, "'\(call.method)'")
        }
        guard call.params.count >= 5, let model = call.params[3].stringValue, let method = call.params[4].stringValue else {
            throw OdooError.type("execute_kw() missing required positional arguments")
        }
        try authorize(database: call.params[0], uid: call.params[1], secret: call.params[2])
        instance.rpcLog.record(.xmlRPC, model: model, method: method)
        if call.method == "execute" {
            return try instance.executeKw(model: model, method: method, args: Array(call.params.dropFirst(5)))
        }
        let args = call.params.count > 5 ? call.params[5].arrayValue ?? [call.params[5]] : []
        let kwargs = call.params.count > 6 ? call.params[6].dictValue ?? OdooDict() : OdooDict()
        return try instance.executeKw(model: model, method: method, args: args, kwargs: kwargs)
    }

    /// db, uid and password (or API key) are re-sent and checked on every call.
    private func authorize(database: OdooValue, uid: OdooValue, secret: OdooValue) throws {
        let credentials = instance.credentials
        guard database.stringValue == credentials.database else {
            throw OdooError(.keyError, "database \"\(database.stringValue ?? "")\" does not exist")
        }
        guard uid.intValue == credentials.uid, credentials.accepts(secret.stringValue ?? "") else {
            throw OdooError(.accessDenied, "Access Denied")
        }
    }
}
