/// The simulators `waybill simulate` knows, by name.
public enum SimulatorCatalogue {
    /// A factory of a fresh simulator with the wall clock.
    public typealias Factory = @Sendable (SimulatorEnvironment) -> any Simulator

    /// Every simulator, in the order `waybill simulate all` starts them.
    /// The Odoo helper adds `("odoo", { OdooSimulator(environment: $0) })` here.
    public static let entries: [(name: String, make: Factory)] = [
        ("odoo", { OdooSimulator(environment: $0) }),
        ("shipstation", { ShipStationSimulator(environment: $0) }),
        ("shipbob", { ShipBobSimulator(environment: $0) }),
        ("woocommerce", { WooCommerceSimulator(environment: $0) }),
        ("shopify", { ShopifySimulator(environment: $0) }),
    ]

    /// The catalogue names.
    public static var names: [String] { entries.map(\.name) }

    /// A new simulator named `name` with its demo data loaded, or `nil` for an unknown name.
    public static func make(_ name: String, environment: SimulatorEnvironment = SimulatorEnvironment()) -> (any Simulator)? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        let simulator = entry.make(environment)
        simulator.seedDemoData()
        return simulator
    }
}
