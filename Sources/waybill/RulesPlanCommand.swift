import ArgumentParser
import Foundation
import WaybillRules

/// `waybill rules plan FLOW`: the compiled plan of one flow, readable or as JSON.
struct RulesPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the compiled plan of one flow (trigger, cursor, reads, lookups, steps, identity, policies)."
    )

    @Argument(help: "The flow's name.")
    var flow: String

    @Option(help: "Folder or file of rules (repeatable; default: rules/).")
    var rules: [String] = []

    @Option(help: "Output format: text or json.")
    var format: RulesOutputFormat = .text

    @Flag(name: .customLong("json"), help: "Same as --format json.")
    var json = false

    func run() throws {
        let (plan, flowPlan) = try RulesFlowLoader.load(flow: flow, rules: rules)
        if json || format == .json {
            print(PlanPrinter.json(flowPlan, in: plan))
        } else {
            print(PlanPrinter.text(flowPlan, in: plan))
        }
    }
}
