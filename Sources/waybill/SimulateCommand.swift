import ArgumentParser

/// `waybill simulate SYSTEM`: run a faithful simulator of an external system.
struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run a simulator of Odoo, ShipStation, ShipBob, WooCommerce or Shopify."
    )
}
