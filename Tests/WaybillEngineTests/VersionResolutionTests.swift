import Foundation
import Testing
import WaybillEngine
import WaybillRules

/// A version that is a timestamp has the source's resolution (one second): the engine qualifies it
/// with the unit's payload hash; deliberate coarse versions (`state`, a day bucket) stay as written.
@Suite struct VersionResolutionTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("rules").path

    @Test("timestamp versions are qualified, others are not", arguments: [
        ("shipstation-products", true),      // write_date (also the cursor field)
        ("woocommerce-orders", true),        // date_modified_gmt, webhook
        ("woocommerce-customers", true),     // date_modified_gmt ?? date_created_gmt
        ("shipstation-receipts", false),     // state
        ("shopify-reconciliation", false),   // format_time(now(), '%F', 'UTC')
    ])
    func qualification(flow name: String, qualified: Bool) throws {
        let plan = try #require(RuleSet.loadResult(paths: [Self.rules]).plan)
        let flow = try FlowProgram(try #require(plan.flow(name), "no flow \(name)"))
        #expect(flow.versionIncludesContent == qualified)
    }
}
