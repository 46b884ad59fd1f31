/// The simulators `waybill simulate` and the sandbox know: which simulator serves which system.
/// A new simulator joins by adding one entry here (its type declares `systems` and
/// `connection(for:)`); the sandbox then starts it for any pack whose flows use those systems.
public enum SimulatorCatalogue {
    /// A factory of a fresh simulator living in an environment.
    public typealias Factory = @Sendable (SimulatorEnvironment) -> any Simulator

    /// One simulator kind.
    public struct Entry: Sendable {
        /// Catalogue name (`waybill simulate <name>`; the key of `SandboxOptions.manualClocks`).
        public let name: String
        /// The system names it serves (the `system:` of rules/systems files).
        public let systems: [String]
        /// Makes a fresh simulator (no demo data).
        public let make: Factory

        init(_ name: String, systems: [String]? = nil, make: @escaping Factory) {
            self.name = name
            self.systems = systems ?? [name]
            self.make = make
        }
    }

    /// Every simulator, in the order `waybill simulate all` starts them.
    public static let entries: [Entry] = [
        Entry("odoo") { OdooSimulator(environment: $0) },
        Entry("shipstation", systems: ShipStationSimulator.servedSystems) { ShipStationSimulator(environment: $0) },
        Entry("shipbob") { ShipBobSimulator(environment: $0) },
        Entry("woocommerce") { WooCommerceSimulator(environment: $0) },
        Entry("shopify") { ShopifySimulator(environment: $0) },
    ]

    /// The catalogue names.
    public static var names: [String] { entries.map(\.name) }

    /// The entry whose simulator serves `system`, or `nil` when none does.
    public static func entry(serving system: String) -> Entry? {
        entries.first { $0.systems.contains(system) }
    }

    /// A new simulator named `name` with its demo data loaded, or `nil` for an unknown name.
    public static func make(_ name: String, environment: SimulatorEnvironment = SimulatorEnvironment()) -> (any Simulator)? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        let simulator = entry.make(environment)
        simulator.seedDemoData()
        return simulator
    }
}
