import ArgumentParser

/// `waybill rules …`: validate, plan and test rule files.
struct RulesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Validate, plan and test rule files.",
        subcommands: [RulesValidateCommand.self, RulesPlanCommand.self, RulesTestCommand.self]
    )
}

/// Output formats of the rules commands.
enum RulesOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
