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
        let result = RuleSet.loadResult(paths: rules.isEmpty ? ["rules"] : rules)
        if !result.missingPaths.isEmpty {
            FileHandle.standardError.write(Data("error: no such file or folder: \(result.missingPaths.joined(separator: ", "))\n".utf8))
            throw ExitCode(2)
        }
        guard let plan = result.plan else {
            FileHandle.standardError.write(Data((DiagnosticRenderer(sources: result.sources).render(result.diagnostics) + "\n").utf8))
            throw ExitCode(1)
        }
        guard let flowPlan = plan.flow(flow) else {
            let names = plan.flows.map(\.name)
            let hint = Suggestion.closest(to: flow, in: names).map { " (did you mean `\($0)`?)" } ?? ""
            FileHandle.standardError.write(Data("error: no flow named `\(flow)`\(hint)\n".utf8))
            throw ExitCode(2)
        }
        if json || format == .json {
            print(PlanPrinter.json(flowPlan, in: plan))
        } else {
            print(PlanPrinter.text(flowPlan, in: plan))
        }
    }
}
