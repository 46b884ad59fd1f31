import Foundation
import Testing
@testable import WaybillRules

/// `read.each` over an object field unwraps it (`{event, data: {...}}` webhook bodies); the
/// element's fields are then the unit's, type-checked; a scalar field is still refused.
@Suite struct EachObjectTests {
    private func diagnostics(each: String, identity: String) throws -> [Diagnostic] {
        let hub = """
            system: hub
            kind: rest
            base_url: https://example.com
            auth: { scheme: bearer, token: { secret: token } }
            types:
              parcel: { parcel_id: int, sku: string, shipped_at: datetime }
            resources:
              event:
                id: id
                fields: { id: string, type: string, data: parcel }
            webhooks:
              verification: { scheme: hmac_sha256, header: X-Sig, encoding: hex, prefix: 'sha256=', secret: { secret: s } }
              event: { body: type }
              delivery_id: { body: id }
              events: [parcel.shipped]
              resources: { parcel.shipped: event }
            """
        let flow = """
            flow: f
            trigger: { webhook: { system: hub, events: [parcel.shipped] } }
            read: { each: \(each) }
            steps:
              - report: { kind: seen, message: "parcel ${sku}" }
            identity: "\(identity)"
            version: shipped_at
            """
        return try TemporaryRules.load(["hub.yaml": hub, "flow.yaml": flow]).diagnostics.filter { $0.severity == .error }
    }

    @Test func anObjectFieldIsUnwrappedAndItsFieldsAreTyped() throws {
        let found = try diagnostics(each: "data", identity: "hub:parcel:${parcel_id}")
        #expect(found.isEmpty, "\(found.map(\.message))")
        let typo = try diagnostics(each: "data", identity: "hub:parcel:${parcel_idd}")
        #expect(!typo.isEmpty, "the element's fields are checked, so a typo is caught")
    }

    @Test func aScalarFieldIsRefused() throws {
        let found = try diagnostics(each: "type", identity: "hub:${id}")
        #expect(found.first?.code == .wrongType)
        #expect(found.first?.message.contains("must name a list (or object) field") == true)
    }
}
