import Foundation

/// The `/_sim/` control API every simulator serves (see docs/simulators.md).
struct ControlAPI: Sendable {
    let simulator: any Simulator
    private var router = SimRouter()
    private let systemRouter: SimRouter

    init(simulator: any Simulator) {
        self.simulator = simulator
        systemRouter = simulator.controlRoutes
        register()
    }

    func handle(_ request: SimRequest) async -> SimResponse {
        guard let (handler, routed) = router.resolve(request) ?? systemRouter.resolve(request) else {
            return .json(["error": .string("no control endpoint \(request.method) \(request.path)")], status: 404)
        }
        do {
            return try await handler(routed)
        } catch let error as ControlError {
            return .json(["error": .string(error.message)], status: 400)
        } catch let error as SimResponseError {
            return error.response
        } catch {
            return .json(["error": .string(String(describing: error))], status: 500)
        }
    }

    private mutating func register() {
        let simulator = self.simulator
        let environment = simulator.environment
        router.add("GET", "/_sim/info") { _ in .json(SimulatorInfo(simulator: simulator).json) }
        router.add("GET", "/_sim/records") { _ in
            let names = environment.records.resourceNames
            let counts = Dictionary(uniqueKeysWithValues: names.map { ($0, JSONValue.int(environment.records.count($0))) })
            return .json(["resources": .object(counts)])
        }
        router.add("GET", "/_sim/records/{resource}") { request in
            try Self.listRecords(request, environment: environment)
        }
        router.add("GET", "/_sim/records/{resource}/{id}") { request in
            let resource = request.parameter("resource") ?? ""
            guard let record = environment.records.get(resource, id: request.parameter("id") ?? "") else {
                return .json(["error": "record not found"], status: 404)
            }
            return .json(record)
        }
        router.add("POST", "/_sim/records/{resource}") { request in
            try Self.seedRecords(request, simulator: simulator)
        }
        router.add("DELETE", "/_sim/records/{resource}/{id}") { request in
            let removed = environment.records.delete(request.parameter("resource") ?? "", id: request.parameter("id") ?? "")
            return removed == nil ? .json(["error": "record not found"], status: 404) : .empty(204)
        }
        router.add("GET", "/_sim/calls") { request in
            let limit = request.queryInt("limit") ?? 1_000
            let prefix = request.query("path_prefix") ?? ""
            let calls = environment.calls.calls.filter { $0.path.hasPrefix(prefix) }.suffix(max(0, limit))
            return .json(["calls": .array(calls.map(\.json))])
        }
        router.add("GET", "/_sim/counters") { _ in .json(environment.calls.counters) }
        router.add("POST", "/_sim/webhooks/fire") { request in
            guard let body = request.json else { throw ControlError("body must be JSON") }
            let fire = try WebhookFire.from(json: body)
            let webhooks = try simulator.webhooks(for: fire)
            let sent = await environment.webhooks.send(webhooks, copies: fire.copies, delaySeconds: fire.delaySeconds)
            return .json([
                "scheduled": .int(webhooks.count * fire.copies), "delayed": .bool(fire.delaySeconds > 0),
                "deliveries": .array(sent.map(\.json)),
            ])
        }
        router.add("GET", "/_sim/webhooks/deliveries") { _ in
            .json(["deliveries": .array(environment.webhooks.deliveries.map(\.json))])
        }
        router.add("GET", "/_sim/faults") { _ in .json(["faults": .array(environment.faults.rules.map(\.json))]) }
        router.add("POST", "/_sim/faults") { request in try Self.addFaults(request, environment: environment) }
        router.add("DELETE", "/_sim/faults") { _ in
            environment.faults.clear()
            return .json(["faults": []])
        }
        router.add("GET", "/_sim/clock") { _ in .json(Self.clockState(environment.clock)) }
        router.add("POST", "/_sim/clock") { request in try Self.driveClock(request, clock: environment.clock) }
        router.add("POST", "/_sim/reset") { request in
            simulator.reset(seedDemo: request.json?["seed_demo"]?.boolValue ?? true)
            return .json(["reset": true])
        }
    }
}
