import Foundation
import WaybillSimulators

/// The simulators a sandbox runs, one per remote system, each served on its own loopback port.
/// `shipstation` serves both the V1 API and V2 under `/v2/`.
public struct SandboxSimulators: Sendable {
    /// Odoo (always present: every pack has it on one side).
    public let odoo: OdooSimulator
    /// ShipStation V1 + V2, when `odoo-shipstation` runs.
    public let shipStation: ShipStationSimulator?
    /// ShipBob, when `odoo-shipbob` runs.
    public let shipBob: ShipBobSimulator?
    /// WooCommerce, when `odoo-woocommerce` runs.
    public let wooCommerce: WooCommerceSimulator?
    /// Shopify, when `odoo-shopify` runs.
    public let shopify: ShopifySimulator?

    /// The simulators `options.packs` need, demo data loaded when asked.
    init(_ options: SandboxOptions) {
        let packs = Set(options.packs)
        func environment(_ system: String) -> SimulatorEnvironment {
            SimulatorEnvironment(clock: options.manualClocks[system].map { .manual(at: $0) } ?? .real())
        }
        odoo = OdooSimulator(environment: environment("odoo"), version: options.odooVersion)
        shipStation = packs.contains("odoo-shipstation") ? ShipStationSimulator(environment: environment("shipstation")) : nil
        shipBob = packs.contains("odoo-shipbob") ? ShipBobSimulator(environment: environment("shipbob")) : nil
        wooCommerce = packs.contains("odoo-woocommerce") ? WooCommerceSimulator(environment: environment("woocommerce")) : nil
        shopify = packs.contains("odoo-shopify") ? ShopifySimulator(environment: environment("shopify")) : nil
        if options.seedDemoData {
            for simulator in all { simulator.seedDemoData() }
        }
    }

    /// Every running simulator.
    public var all: [any Simulator] {
        [odoo as any Simulator] + ([shipStation, shipBob, wooCommerce, shopify] as [(any Simulator)?]).compactMap { $0 }
    }

    /// The simulator serving `system` (`shipstation-v2` is the ShipStation simulator).
    public func simulator(for system: String) -> (any Simulator)? {
        switch system {
        case "odoo": odoo
        case "shipstation", "shipstation-v2": shipStation
        case "shipbob": shipBob
        case "woocommerce": wooCommerce
        case "shopify": shopify
        default: nil
        }
    }
}
