import Foundation
import Testing
import WaybillSandbox
import WaybillSimulators

/// WooCommerce behaviour 1: customers → res.partner matched by email, updated if present,
/// created otherwise (issue 6).
@Suite("WooCommerce customers", .serialized)
struct WooCustomersTests {
    @Test("customer.created makes a partner; customer.updated of an existing email updates it, never a second one",
          arguments: [OdooVersion.v17, .v19])
    func customers(version: OdooVersion) async throws {
        let fixture = try await WooFixture.start(odoo: version)
        let sandbox = fixture.sandbox
        defer { Task { await sandbox.stop() } }
        // An Odoo partner already has this email (in another case): the webhook must update it.
        let existing = try StoreTestSupport.odooCreate(sandbox, "res.partner", ["name": "M. Curie (old)", "email": "MARIE@example.com"])
        let marie = try await fixture.create("customers", [
            "email": "marie@example.com", "first_name": "Marie", "last_name": "Curie",
            "billing": ["phone": "555-0199", "address_1": "1 Rue Pierre", "city": "Paris", "postcode": "75005", "country": "US"],
        ])
        let nikola = try await fixture.create("customers", [
            "email": "nikola@example.com", "first_name": "Nikola", "last_name": "Tesla",
            "billing": ["address_1": "8 Wardenclyffe Rd", "city": "Shoreham", "postcode": "11786"],
        ])
        let marieID = try #require(marie["id"]?.intValue)
        let nikolaID = try #require(nikola["id"]?.intValue)
        let first = try await sandbox.fire("woocommerce", topic: "customer.created", resourceID: String(marieID))
        let second = try await sandbox.fire("woocommerce", topic: "customer.created", resourceID: String(nikolaID))
        #expect((first + second).map(\.responseStatus) == [200, 200])
        try await sandbox.drain()

        let maries = try fixture.partners(email: "marie@example.com")
        #expect(maries.count == 1)
        #expect(maries.first?["id"]?.intValue == existing)
        #expect(maries.first?["name"]?.stringValue == "Marie Curie")
        #expect(maries.first?["city"]?.stringValue == "Paris")
        #expect(maries.first?["x_woocommerce_customer_id"]?.intValue == marieID)
        let nikolas = try fixture.partners(email: "nikola@example.com")
        #expect(nikolas.count == 1)
        #expect(nikolas.first?["name"]?.stringValue == "Nikola Tesla")
        #expect(nikolas.first?["street"]?.stringValue == "8 Wardenclyffe Rd")

        // customer.updated: the same partner changes, no new one appears.
        try await fixture.update("customers", id: nikolaID, ["billing": ["city": "New York"]])
        try await sandbox.fire("woocommerce", topic: "customer.updated", resourceID: String(nikolaID))
        try await sandbox.drain()
        let updated = try fixture.partners(email: "nikola@example.com")
        #expect(updated.map { $0["id"]?.intValue } == nikolas.map { $0["id"]?.intValue })
        #expect(updated.first?["city"]?.stringValue == "New York")

        // Behaviour 4: the protocol detection picked XML-RPC for 17 and JSON-2 for 19.
        StoreTestSupport.expectProtocol(sandbox, version)
    }
}
