import ArgumentParser

/// The `waybill` command: rules tooling, simulators and the daemon.
@main
struct Waybill: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waybill",
        abstract: "Connect Odoo to shipping and e-commerce systems with rules written in YAML.",
        subcommands: [DemoCommand.self, RulesCommand.self, SimulateCommand.self, SecretsCommand.self, RunCommand.self,
                      StatusCommand.self, AuditCommand.self, DLQCommand.self, ReplayCommand.self]
    )
}
