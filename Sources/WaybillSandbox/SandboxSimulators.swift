import Foundation
import WaybillSimulators

/// The simulators a sandbox runs, each served on its own loopback port: Odoo always, plus one per
/// ``SimulatorCatalogue`` entry serving a system the selected flows use. Which simulator serves
/// which system is the catalogue's business (`shipstation` serves `shipstation-v2` too); nothing
/// here names a system.
public struct SandboxSimulators: Sendable {
    /// Every running simulator, Odoo first, then in catalogue order.
    public let all: [any Simulator]
    /// Odoo (always present: every pack has it on one side).
    public let odoo: OdooSimulator

    /// Odoo on `options.odooVersion` plus the simulators serving `systems`, demo data loaded when asked.
    /// Throws when no catalogue entry serves one of `systems`.
    init(_ options: SandboxOptions, systems: Set<String>) throws {
        odoo = OdooSimulator(version: options.odooVersion)
        var all: [any Simulator] = [odoo]
        for system in systems.subtracting(odoo.systems).sorted() where SimulatorCatalogue.entry(serving: system) == nil {
            throw SandboxError("no simulator serves system `\(system)` (SimulatorCatalogue knows "
                + SimulatorCatalogue.entries.flatMap(\.systems).joined(separator: ", ") + ")")
        }
        for entry in SimulatorCatalogue.entries where entry.name != odoo.name && !systems.isDisjoint(with: entry.systems) {
            all.append(entry.make(SimulatorEnvironment()))
        }
        for simulator in all {
            if let start = options.manualClocks[simulator.name] { simulator.environment.clock.set(start) }
        }
        self.all = all
        if options.seedDemoData {
            for simulator in all { simulator.seedDemoData() }
        }
    }

    /// The first running simulator of type `type`.
    public func first<S: Simulator>(of type: S.Type) -> S? {
        all.lazy.compactMap { $0 as? S }.first
    }

    /// The simulator serving `system` (by the systems each simulator declares).
    public func simulator(for system: String) -> (any Simulator)? {
        all.first { $0.systems.contains(system) }
    }

    /// ShipStation V1 + V2, when a selected flow uses them.
    public var shipStation: ShipStationSimulator? { first(of: ShipStationSimulator.self) }
    /// ShipBob, when a selected flow uses it.
    public var shipBob: ShipBobSimulator? { first(of: ShipBobSimulator.self) }
    /// WooCommerce, when a selected flow uses it.
    public var wooCommerce: WooCommerceSimulator? { first(of: WooCommerceSimulator.self) }
    /// Shopify, when a selected flow uses it.
    public var shopify: ShopifySimulator? { first(of: ShopifySimulator.self) }
}
