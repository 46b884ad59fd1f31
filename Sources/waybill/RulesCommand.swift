import ArgumentParser

/// `waybill rules …`: validate, plan and test rule files.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate, plan and test rule files."
    )
}
