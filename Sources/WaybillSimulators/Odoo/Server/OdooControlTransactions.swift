/// Held transactions for the commit-lag race: begin (stamp taken now), queue calls, commit later.
enum OdooControlTransactions {
    static func register(on router: inout SimRouter, instance: OdooInstance, prefix: String) {
        router.add("POST", prefix + "/transactions") { _ in
            let (id, start) = instance.beginHeldTransaction()
            return .json(["transaction": .int(id), "start": .string(start)], status: 201)
        }
        router.add("POST", prefix + "/transactions/{id}/calls") { request in
            guard let id = request.parameter("id").flatMap({ Int($0) }) else { return OdooControlRoutes.error("bad id") }
            let call = try OdooControlRoutes.object(request)
            guard let model = call["model"]?.stringValue, let method = call["method"]?.stringValue else {
                return OdooControlRoutes.error("\"model\" and \"method\" are required")
            }
            let queued = instance.queue(
                in: id, model: model, method: method, args: call["args"]?.arrayValue ?? [],
                kwargs: call["kwargs"]?.dictValue ?? OdooDict())
            return queued ? .json(["queued": true]) : OdooControlRoutes.error("no open transaction \(id)", status: 404)
        }
        router.add("POST", prefix + "/transactions/{id}/commit") { request in
            guard let id = request.parameter("id").flatMap({ Int($0) }) else { return OdooControlRoutes.error("bad id") }
            return try OdooControlRoutes.odoo { .array(try instance.commitHeldTransaction(id)) }
        }
    }
}
