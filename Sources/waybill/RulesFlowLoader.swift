import ArgumentParser
import Foundation
import WaybillRules

/// Loads the rules and finds one flow for `rules plan` and `rules test`: a missing path or an
/// unknown flow (with the closest name) exits 2, rules that do not compile print their
/// diagnostics and exit 1.
enum RulesFlowLoader {
    static func load(flow name: String, rules: [String]) throws -> (plan: Plan, flow: FlowPlan) {
        let result = RuleSet.loadResult(paths: rules.isEmpty ? ["rules"] : rules)
        if !result.missingPaths.isEmpty {
            FileHandle.standardError.write(Data("error: no such file or folder: \(result.missingPaths.joined(separator: ", "))\n".utf8))
            throw ExitCode(2)
        }
        guard let plan = result.plan else {
            FileHandle.standardError.write(Data((DiagnosticRenderer(sources: result.sources).render(result.diagnostics) + "\n").utf8))
            throw ExitCode(1)
        }
        guard let flow = plan.flow(name) else {
            let hint = Suggestion.closest(to: name, in: plan.flows.map(\.name)).map { " (did you mean `\($0)`?)" } ?? ""
            FileHandle.standardError.write(Data("error: no flow named `\(name)`\(hint)\n".utf8))
            throw ExitCode(2)
        }
        return (plan, flow)
    }
}
