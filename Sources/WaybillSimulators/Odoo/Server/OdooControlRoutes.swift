import Foundation

/// Odoo-specific control endpoints, served under `/_sim/odoo/` (and the older alias `/_odoo/`; see
/// docs/simulators.md): records of any model, custom `x_` fields, the version switch, and
/// transactions with a chosen start time.
enum OdooControlRoutes {
    /// The control API's prefix.
    static let prefix = "/_sim/odoo"
    /// The older prefix, still served on the simulator's own routes.
    static let aliasPrefix = "/_odoo"

    static func register(on router: inout SimRouter, instance: OdooInstance, prefix: String) {
        router.add("GET", prefix + "/version") { _ in .json(["version": .string(instance.version.rawValue)]) }
        router.add("POST", prefix + "/version") { request in
            let body = try object(request)
            guard let text = body["version"]?.stringValue, let version = OdooVersion(rawValue: text) else {
                return error("\"version\" must be one of \(OdooVersion.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            instance.reset(version: version, seed: body["seed_demo"] != .bool(false))
            return .json(["version": .string(version.rawValue)])
        }
        router.add("GET", prefix + "/records/{model}") { request in
            let model = request.parameter("model") ?? ""
            let domain = try request.query("domain").map { try OdooJSONParser.parse(Array($0.utf8)) } ?? .array([])
            let fields = request.query("fields")?.split(separator: ",").map(String.init) ?? []
            let context: OdooDict = ["active_test": .bool(request.query("active_test") == "true")]
            return try odoo {
                try instance.withDatabase { database in
                    let ids = try database.search(model, try OdooDomain.parse(domain), order: "id asc", context: context)
                    return .array(try database.read(model, ids, fields: fields, context: context))
                }
            }
        }
        router.add("POST", prefix + "/records/{model}") { request in
            let model = request.parameter("model") ?? ""
            let body = try parse(request)
            let items = body.arrayValue ?? [body]
            return try odoo {
                try instance.transaction { database in
                    .array(try items.map { item in
                        guard let vals = item.dictValue else { throw OdooError.value("every record must be an object") }
                        try addCustomFields(vals, model: model, database: database)
                        return .int(try database.create(model, vals))
                    })
                }
            }
        }
        router.add("POST", prefix + "/records/{model}/{id}") { request in
            let model = request.parameter("model") ?? ""
            guard let id = request.parameter("id").flatMap({ Int($0) }) else { return error("id must be an integer") }
            let vals = try object(request)
            return try odoo {
                try instance.transaction { database in
                    try addCustomFields(vals, model: model, database: database)
                    try database.write(model, [id], vals)
                    return .bool(true)
                }
            }
        }
        router.add("POST", prefix + "/execute") { request in
            let call = try object(request)
            guard let model = call["model"]?.stringValue, let method = call["method"]?.stringValue else {
                return error("\"model\" and \"method\" are required")
            }
            let start = try call["start"].map { value -> String in
                guard let text = value.stringValue, let stamp = OdooDateText.datetime(text) else {
                    throw ControlError("\"start\" must be YYYY-MM-DD HH:MM:SS")
                }
                return stamp
            }
            return try odoo {
                try instance.transaction(start: start) { database in
                    try OdooDispatcher.executeKw(
                        database, model: model, method: method, args: call["args"]?.arrayValue ?? [],
                        kwargs: call["kwargs"]?.dictValue ?? OdooDict())
                }
            }
        }
        OdooControlTransactions.register(on: &router, instance: instance, prefix: prefix)
    }

    /// Adds fields for unknown `x_` keys, typed after their value (bool, int, float, else char).
    static func addCustomFields(_ vals: OdooDict, model: String, database: OdooDatabase) throws {
        guard let definition = database.models[model] else { throw OdooError.user("Object \(model) doesn't exist") }
        for (key, value) in vals where key.hasPrefix("x_") && definition.field(key) == nil {
            let type: OdooFieldType
            switch value {
            case .bool: type = .boolean
            case .int: type = .integer
            case .double: type = .float
            default: type = .char
            }
            database.addField(OdooField(key, type), to: model)
        }
    }

    static func parse(_ request: SimRequest) throws -> OdooValue {
        do { return try OdooJSONParser.parse(Array(request.body)) } catch { throw ControlError("body must be JSON: \(error)") }
    }

    static func object(_ request: SimRequest) throws -> OdooDict {
        guard let dict = try parse(request).dictValue else { throw ControlError("body must be a JSON object") }
        return dict
    }

    static func error(_ message: String, status: Int = 400) -> SimResponse {
        .json(["error": .string(message)], status: status)
    }

    /// Runs an ORM operation; Odoo errors become `{"error", "name"}` with the JSON-2 status.
    static func odoo(_ body: () throws -> OdooValue) throws -> SimResponse {
        do {
            return .json(["result": try body().jsonValue])
        } catch let failure as OdooError {
            return .json(["error": .string(failure.message), "name": .string(failure.kind.rawValue)], status: failure.httpStatus)
        }
    }
}
