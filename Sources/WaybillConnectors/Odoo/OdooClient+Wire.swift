import Foundation

extension OdooClient {
    /// Calls `service.method` over XML-RPC and returns the single result as JSON.
    func xmlRPC(service: String, method: String, params: [XMLRPCValue], context: String) async throws -> JSONValue {
        let url = connection.baseURL.url.appendingPathComponent("xmlrpc/2/\(service)")
        let request = HTTPRequest(
            method: .post, url: url, headers: ["Content-Type": "text/xml", "Accept": "text/xml"],
            body: XMLRPCEncoder.methodCall(method, params: params))
        let response = try await channel.execute(request)
        let decoded: XMLRPCResponse
        do {
            decoded = try XMLRPCDecoder.response(response.body)
        } catch {
            throw ConnectorError(.permanent, .protocolViolation, status: response.status, message: "Odoo \(context): \(error)")
        }
        switch decoded {
        case .fault(let code, let message):
            throw OdooErrorClassifier.fault(code: code, message: message, context: context)
        case .params(let values):
            return values.first?.json ?? .null
        }
    }

    /// Calls `model.method` through `object.execute_kw`.
    func executeKW(model: String, method: String, args: [JSONValue], kwargs: [String: JSONValue]) async throws -> JSONValue {
        let uid = try await userID()
        let params: [XMLRPCValue] = [
            .string(connection.database), .int(uid), .string(connection.apiKey.exposedValue), .string(model), .string(method),
            XMLRPCValue(json: .array(args)), XMLRPCValue(json: .object(kwargs)),
        ]
        return try await xmlRPC(service: "object", method: "execute_kw", params: params, context: "\(model).\(method)")
    }

    /// Calls `POST /json/2/<model>/<method>` with named arguments.
    func json2(model: String, method: String, body: [String: JSONValue]) async throws -> JSONValue {
        let url = connection.baseURL.url.appendingPathComponent("json/2/\(model)/\(method)")
        let request = HTTPRequest(
            method: .post, url: url,
            headers: ["Content-Type": "application/json", "Accept": "application/json", "User-Agent": "waybill"],
            body: try JSONValue.object(body).serialized())
        let response = try await channel.executeRaw(request)
        let parsed = try? JSONValue.parse(response.body)
        guard response.isSuccess else {
            let wait = channel.classifier.retryAfter.retryAfter(in: response.headers, now: channel.now())
            throw OdooErrorClassifier.json2(status: response.status, body: parsed, context: "\(model).\(method)", retryAfter: wait)
        }
        guard let parsed else {
            if response.body.isEmpty { return .null }
            throw ConnectorError(.permanent, .protocolViolation, status: response.status, message: "Odoo \(model).\(method) answered with a body that is not JSON")
        }
        return parsed
    }

    /// Calls an ORM method with both of its forms: positional for XML-RPC, named for JSON-2.
    func invoke(
        model: String, method: String, ids: [Int]?, positional: [JSONValue] = [], named: [String: JSONValue] = [:],
        positionalNames: [String] = []
    ) async throws -> JSONValue {
        switch try await activeProtocol() {
        case .xmlRPC:
            let idArgument: [JSONValue] = ids.map { [.array($0.map(JSONValue.int))] } ?? []
            return try await executeKW(model: model, method: method, args: idArgument + positional, kwargs: named)
        case .json2:
            var body = named
            for (name, value) in zip(positionalNames, positional) { body[name] = value }
            if let ids { body["ids"] = .array(ids.map(JSONValue.int)) }
            return try await json2(model: model, method: method, body: body)
        }
    }
}
