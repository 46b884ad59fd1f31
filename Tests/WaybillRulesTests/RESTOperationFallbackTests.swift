import Foundation
import Testing
@testable import WaybillRules

/// A REST step's operation is accepted when the engine can run it with what the resource
/// declares: `upsert` as match-then-update-or-create over `create` + `update`, `create` and
/// `update` over an `upsert` endpoint.
@Suite struct RESTOperationFallbackTests {
    private func diagnostics(operations: String, step: String) throws -> [Diagnostic] {
        let hub = """
            system: hub
            kind: rest
            base_url: https://example.com
            auth: { scheme: bearer, token: { secret: token } }
            resources:
              item:
                id: id
                operations: { \(operations) }
                fields: { id: int, sku: string }
            """
        let flow = """
            flow: f
            trigger: { webhook: { system: hub2, events: [x] } }
            write: { system: hub, resource: item, \(step), values: { sku: sku } }
            """
        let hub2 = """
            system: hub2
            kind: rest
            base_url: https://example.com
            auth: { scheme: bearer, token: { secret: token } }
            resources: { thing: { id: id, fields: { id: int, sku: string } } }
            webhooks:
              verification: { scheme: hmac_sha256, header: X-Sig, encoding: hex, secret: { secret: s } }
              events: [x]
              resources: { x: thing }
            """
        return try TemporaryRules.load(["hub.yaml": hub, "flow.yaml": flow, "hub2.yaml": hub2]).diagnostics
    }

    private let createAndUpdate = "list: { method: GET, path: /items }, create: { method: POST, path: /items }, update: { method: PATCH, path: '/items/{id}' }"

    @Test func upsertOverCreateAndUpdateIsAccepted() throws {
        let found = try diagnostics(operations: createAndUpdate, step: "operation: upsert, match: [[sku, '=', sku]]")
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func upsertWithoutMatchOverCreateWarnsAboutDuplicates() throws {
        let found = try diagnostics(operations: createAndUpdate, step: "operation: upsert")
        #expect(found.map(\.code) == [.createWithoutMatch])
        #expect(found.first?.severity == .warning)
    }

    @Test func upsertWithOnlyCreateNamesWhatIsMissing() throws {
        let found = try diagnostics(operations: "create: { method: POST, path: /items }",
                                    step: "operation: upsert, match: [[sku, '=', sku]]")
        #expect(found.map(\.code) == [.unknownOperation])
        #expect(found.first?.message == "resource `item` of `hub` declares no `upsert` operation (or both `create` and `update`)")
    }

    @Test func createAndUpdateOverAnUpsertEndpointAreAccepted() throws {
        let upsertOnly = "list: { method: GET, path: /items }, upsert: { method: POST, path: /items/createorupdate }"
        #expect(try diagnostics(operations: upsertOnly, step: "operation: create, match: [[sku, '=', sku]]").isEmpty)
        #expect(try diagnostics(operations: upsertOnly, step: "operation: update, match: [[sku, '=', sku]]").isEmpty)
        #expect(try diagnostics(operations: upsertOnly, step: "operation: upsert").isEmpty,
                "a native upsert endpoint does not duplicate: no warning")
    }
}
