import Foundation

/// `POST /json/2/<model>/<method>` (Odoo ≥ 19): bearer API key, named arguments, errors as JSON with a status.
struct OdooJSON2Endpoint {
    let instance: OdooInstance

    /// Handles a request whose path is `/json/2/<model>/<method>`.
    func handle(model modelName: String, method methodName: String, _ request: OdooHTTPRequest) -> OdooHTTPResponse {
        guard request.method == "POST" else {
            return Self.error("werkzeug.exceptions.MethodNotAllowed", "The method is not allowed for the requested URL.", status: 405)
        }
        let credentials = instance.credentials
        guard let key = bearerToken(request.header("Authorization")), key == credentials.apiKey else {
            var response = Self.error("werkzeug.exceptions.Unauthorized", "Invalid apikey", status: 401)
            response.headers["WWW-Authenticate"] = "bearer"
            return response
        }
        if let database = request.header("X-Odoo-Database"), database != credentials.database {
            return Self.error("werkzeug.exceptions.NotFound", "database \"\(database)\" not found", status: 404)
        }
        guard (request.header("Content-Type") ?? "").lowercased().hasPrefix("application/json") else {
            return Self.error(
                "werkzeug.exceptions.UnsupportedMediaType", "the body must be json (Content-Type: application/json)", status: 415)
        }
        let body: OdooDict
        do {
            guard let parsed = try OdooJSONParser.parse(request.body).dictValue else {
                return Self.error("werkzeug.exceptions.BadRequest", "could not parse the body, its root must be an object", status: 400)
            }
            body = parsed
        } catch {
            return Self.error("werkzeug.exceptions.BadRequest", "could not parse the body as json: \(error)", status: 400)
        }
        do {
            let result = try call(modelName, methodName, body)
            // Recordsets come back as lists of ids: `create` and `copy` of one record too.
            if ["create", "copy"].contains(methodName), case .int = result { return .json([result]) }
            return .json(result)
        } catch let failure as JSON2Failure {
            return Self.error(failure.name, failure.message, status: failure.status)
        } catch let error as OdooError {
            return Self.error(error.kind.rawValue, error.message, status: error.httpStatus, arguments: [.string(error.message)])
        } catch {
            return Self.error("builtins.Exception", "\(error)", status: 500)
        }
    }

    private func call(_ modelName: String, _ methodName: String, _ body: OdooDict) throws -> OdooValue {
        instance.rpcLog.record(.json2, model: modelName, method: methodName)
        return try instance.transaction { database in
            guard let model = database.models[modelName] else {
                throw JSON2Failure(name: "werkzeug.exceptions.NotFound", message: "the model '\(modelName)' does not exist", status: 404)
            }
            let method: OdooMethod
            do {
                method = try OdooDispatcher.method(methodName, of: model)
            } catch let error as OdooError where error.kind == .attributeError {
                throw JSON2Failure(
                    name: "werkzeug.exceptions.NotFound",
                    message: "the method '\(methodName)' does not exist on the model '\(modelName)'", status: 404)
            }
            var arguments = body
            let ids = try arguments["ids"].map { try OdooDispatcher.idList($0) }
            arguments["ids"] = nil
            let context = arguments["context"]?.dictValue ?? OdooDict()
            arguments["context"] = nil
            if ids != nil && !method.onRecords {
                throw JSON2Failure(
                    name: "werkzeug.exceptions.UnprocessableEntity", message: "cannot call \(modelName).\(methodName) with ids",
                    status: 422)
            }
            do {
                if let early = earlyShape(arguments, method: method) {
                    let bound = try method.bind(positional: early.args, keywords: early.kwargs)
                    return try method.body(database, OdooCall(model: modelName, ids: ids ?? [], arguments: bound, context: context))
                }
                return try OdooDispatcher.callNamed(database, model: model, method: method, ids: ids, arguments: arguments, context: context)
            } catch let error as OdooError where error.kind == .typeError {
                throw JSON2Failure(name: "werkzeug.exceptions.UnprocessableEntity", message: error.message, status: 422)
            }
        }
    }

    /// The early `{args, kwargs}` body shape (odoo commit 06f67363), accepted when the method has no such parameters.
    private func earlyShape(_ body: OdooDict, method: OdooMethod) -> (args: [OdooValue], kwargs: OdooDict)? {
        guard body["args"] != nil || body["kwargs"] != nil,
            !method.parameters.contains(where: { $0.name == "args" || $0.name == "kwargs" }),
            body.keys.allSatisfy({ $0 == "args" || $0 == "kwargs" })
        else { return nil }
        return (body["args"]?.arrayValue ?? [], body["kwargs"]?.dictValue ?? OdooDict())
    }

    private func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    /// The JSON-2 error body: `{name, message, arguments, context, debug}`.
    static func error(_ name: String, _ message: String, status: Int, arguments: [OdooValue]? = nil) -> OdooHTTPResponse {
        let body: OdooValue = [
            "name": .string(name), "message": .string(message),
            "arguments": .array(arguments ?? [.string(message), .int(status)]), "context": [:],
            "debug": .string("Traceback (most recent call last):\n  File \"/opt/odoo/odoo/http.py\", line 2557, in __call__\n\(name): \(message)\n"),
        ]
        return .json(body, status: status)
    }
}

/// An HTTP-level failure of a JSON-2 call (werkzeug exception).
private struct JSON2Failure: Error {
    let name: String
    let message: String
    let status: Int
}
