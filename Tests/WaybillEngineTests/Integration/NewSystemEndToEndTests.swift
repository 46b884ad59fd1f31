import Foundation
import Hummingbird
import Synchronization
import Testing
import WaybillEngine
import WaybillRules
import WaybillSimulators
import WaybillStore

/// A system no Swift knows: "parcelhub", described only in YAML (API key header, offset/limit
/// pages capped below the size asked for, a total count as a string, PATCH updates, an
/// `updated_since` cursor parameter), served by a small fake over loopback. Odoo products go
/// out (match by SKU, create or update), parcelhub stock comes back into Odoo.
@Suite("A new REST system described only in YAML")
struct NewSystemEndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let system = """
        system: parcelhub
        kind: rest
        base_url: { default: https://api.parcelhub.example/v1 }
        auth: { scheme: api_key_header, header: X-Api-Key, value: { secret: api_key } }
        time_zone: UTC
        pagination: { style: offset_limit, offset_param: skip, size_param: take, size: 50, total: meta.total }
        resources:
          item:
            id: item_id
            records: data
            operations:
              list:
                method: GET
                path: /items
                query:
                  sku: { param: true, field: sku }
                  updated_since: { param: true }
              create: { method: POST, path: /items, records: . }
              update: { method: PATCH, path: '/items/{item_id}', records: . }
            fields:
              item_id: int
              sku: string
              title: string
              on_hand: int
              updated_at: datetime
        """

    static let outbound = """
        flow: items-out
        trigger:
          poll: { system: odoo, model: product.product, every: 15m,
                  domain: [[default_code, 'in', ['FURN_0096', 'FURN_1118', 'FURN_0269']]] }
        read:
          fields: [default_code, name]
        write:
          system: parcelhub
          resource: item
          operation: upsert
          match: [[sku, '=', default_code]]
          values: { sku: default_code, title: name }
        identity: "odoo:product:${id}"
        """

    static let inbound = """
        flow: stock-in
        trigger:
          poll:
            system: parcelhub
            resource: item
            every: 15m
            cursor: { field: updated_at, param: updated_since, lookback: 10m }
        lookups:
          product:
            find: { system: odoo, model: product.product, where: [[default_code, '=', sku]], fields: [id] }
            required: true
        write:
          system: odoo
          model: product.product
          operation: update
          match: [[id, '=', product.id]]
          values: { barcode: "PH-${item_id}-${on_hand}" }
        identity: "parcelhub:item:${item_id}"
        version: updated_at
        """

    @Test("Odoo products go out, parcelhub stock comes back, through YAML alone")
    func roundTrip() async throws {
        let odoo = OdooSimulator()
        odoo.seedDemoData()
        let odooServer = SimulatorServer(simulator: odoo)
        let odooURL = try await odooServer.start()
        let hub = FakeParcelhub(apiKey: "ph-key-1")
        hub.seed(sku: "FURN_1118", title: "Old title", onHand: 4)   // exists: updated, not duplicated
        hub.seed(sku: "EXTRA-1", title: "Not in Odoo", onHand: 1)    // no Odoo product: dead-lettered
        try await withLoopback(hub.router()) { hubURL in
            defer { Task { await odooServer.stop() } }
            let connections = """
                tenants:
                  acme:
                    connections:
                      odoo:
                        base_url: \(odooURL)
                        database: waybill
                        login: admin
                        secrets: { api_key: odoo/acme/api_key }
                      parcelhub:
                        base_url: \(hubURL)/v1
                        secrets: { api_key: parcelhub/acme/key }
                """
            let odooSystem = try String(contentsOf: Self.root.appendingPathComponent("rules/systems/odoo.yaml"),
                                        encoding: .utf8)
            let loaded = RuleSet.load(texts: [("systems/odoo.yaml", odooSystem), ("systems/parcelhub.yaml", Self.system),
                                              ("pack/out.yaml", Self.outbound), ("pack/in.yaml", Self.inbound),
                                              ("connections.yaml", connections)])
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map { "\($0.file):\($0.line): \($0.message)" })")
            let plan = try #require(loaded.plan)
            let secrets = ["odoo/acme/api_key": odoo.credentials["api_key"] ?? "", "parcelhub/acme/key": "ph-key-1"]
            let built = try await RuntimeBuilder(flows: plan.flows.map(\.definition), systems: plan.systems,
                                                 tables: plan.tables)
                .build(connections: try #require(plan.connections), factory: ConnectorClientFactory(saveSecret: { _, _ in }),
                       secret: { secrets[$0] ?? "" })
            let store = try SQLiteStateStore.temporary(configuration: SQLiteStoreConfiguration(synchronous: .normal))
            let engine = Engine(assignments: built.assignments, store: store,
                                configuration: EngineConfiguration(workers: 2, owner: "t"))

            // Out: three Odoo products; FURN_1118 exists in parcelhub and is updated in place.
            _ = try await engine.runOnce(flows: ["items-out"], clock: ContinuousClock(), now: { Date() })
            let items = hub.items
            #expect(items.map(\.sku).sorted() == ["EXTRA-1", "FURN_0096", "FURN_0269", "FURN_1118"])
            #expect(items.first { $0.sku == "FURN_1118" }?.title != "Old title")
            #expect(hub.unauthorized == 0, "every call carried X-Api-Key")

            // In: four items, read in pages the server caps at 2 records; one has no Odoo product.
            let summary = try await engine.runOnce(flows: ["stock-in"], clock: ContinuousClock(), now: { Date() })
            #expect(summary.succeeded == 3)
            #expect(summary.deadLettered == 1, "EXTRA-1 has no Odoo product (required lookup)")
            #expect(hub.listQueries.contains { $0.contains("skip=2") && $0.contains("take=50") })
            for item in items where item.sku != "EXTRA-1" {
                let rows = try odoo.instance.executeKw(model: "product.product", method: "search_read",
                                                       args: [[["default_code", "=", .string(item.sku)]]],
                                                       kwargs: ["fields": ["barcode"]])
                #expect(rows.arrayValue?.first?.dictValue?["barcode"]?.stringValue == "PH-\(item.id)-\(item.onHand)")
            }

            // Again: nothing changed, so nothing is written (payload hashes), nothing duplicated.
            let writesBefore = hub.writes
            _ = try await engine.runOnce(flows: ["items-out"], clock: ContinuousClock(), now: { Date() })
            #expect(hub.writes == writesBefore)
            #expect(hub.items.count == 4)
        }
    }
}

/// The fake parcelhub API: `X-Api-Key` required; `GET /v1/items` filtered by `sku` and
/// `updated_since`, paged by `skip`/`take` with at most 2 records per page and `meta.total` as a
/// string; `POST /v1/items`; `PATCH /v1/items/{id}`.
final class FakeParcelhub: Sendable {
    struct Item: Sendable {
        var id: Int
        var sku: String
        var title: String
        var onHand: Int
        var updatedAt: String
    }

    private struct State {
        var items: [Item] = []
        var nextID = 100
        var unauthorized = 0
        var writes = 0
        var listQueries: [String] = []
    }

    private let state = Mutex(State())
    let apiKey: String

    init(apiKey: String) { self.apiKey = apiKey }

    var items: [Item] { state.withLock { $0.items } }
    var unauthorized: Int { state.withLock { $0.unauthorized } }
    var writes: Int { state.withLock { $0.writes } }
    var listQueries: [String] { state.withLock { $0.listQueries } }

    func seed(sku: String, title: String, onHand: Int) {
        state.withLock { state in
            state.items.append(Item(id: state.nextID, sku: sku, title: title, onHand: onHand,
                                    updatedAt: "2026-05-01T10:00:0\(state.items.count)Z"))
            state.nextID += 1
        }
    }

    private func json(_ item: Item) -> [String: Any] {
        ["item_id": item.id, "sku": item.sku, "title": item.title, "on_hand": item.onHand, "updated_at": item.updatedAt]
    }

    private func respond(_ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private func authorized(_ request: Request) -> Bool {
        guard request.headers.first(where: { $0.name.canonicalName == "x-api-key" })?.value == apiKey else {
            state.withLock { $0.unauthorized += 1 }
            return false
        }
        return true
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/v1/items") { request, _ -> Response in
            guard self.authorized(request) else { return self.respond(["error": "unauthorized"], status: .unauthorized) }
            let query = request.uri.queryParameters
            let skip = Int(query["skip"] ?? "") ?? 0
            let take = min(2, Int(query["take"] ?? "") ?? 2)
            let sku = query["sku"].map(String.init)
            let since = query["updated_since"].map(String.init)
            let matching = self.state.withLock { state -> [Item] in
                state.listQueries.append(request.uri.query ?? "")
                return state.items.filter { item in
                    (sku == nil || item.sku == sku) && (since == nil || item.updatedAt >= since ?? "")
                }
            }
            let page = matching.dropFirst(skip).prefix(take).map(self.json)
            return self.respond(["data": Array(page), "meta": ["total": String(matching.count)]])
        }
        router.post("/v1/items") { request, _ -> Response in
            guard self.authorized(request) else { return self.respond(["error": "unauthorized"], status: .unauthorized) }
            let body = try await request.body.collect(upTo: 1 << 20)
            let fields = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
            guard let sku = fields["sku"] as? String, let title = fields["title"] as? String else {
                return self.respond(["error": "sku and title are required"], status: .unprocessableContent)
            }
            let item = self.state.withLock { state -> Item in
                let item = Item(id: state.nextID, sku: sku, title: title, onHand: 0,
                                updatedAt: "2026-05-01T11:00:\(String(format: "%02d", state.nextID % 60))Z")
                state.nextID += 1
                state.items.append(item)
                state.writes += 1
                return item
            }
            return self.respond(self.json(item), status: .created)
        }
        router.patch("/v1/items/:id") { request, context -> Response in
            guard self.authorized(request) else { return self.respond(["error": "unauthorized"], status: .unauthorized) }
            let id = Int(context.parameters.get("id") ?? "") ?? -1
            let body = try await request.body.collect(upTo: 1 << 20)
            let fields = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
            let updated = self.state.withLock { state -> Item? in
                guard let index = state.items.firstIndex(where: { $0.id == id }) else { return nil }
                if let title = fields["title"] as? String { state.items[index].title = title }
                if let sku = fields["sku"] as? String { state.items[index].sku = sku }
                state.writes += 1
                return state.items[index]
            }
            guard let updated else { return self.respond(["error": "not found"], status: .notFound) }
            return self.respond(self.json(updated))
        }
        return router
    }
}

/// Serves `router` on a free loopback port for the duration of `body`.
func withLoopback<T: Sendable>(_ router: Router<BasicRequestContext>,
                               _ body: @Sendable (String) async throws -> T) async throws -> T {
    let (ports, sink) = AsyncStream<Int>.makeStream()
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                          onServerRunning: { channel in sink.yield(channel.localAddress?.port ?? 0); sink.finish() })
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await app.runService() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else { throw CancellationError() }
        defer { group.cancelAll() }
        return try await body("http://127.0.0.1:\(port)")
    }
}
