import ArgumentParser
import Foundation
import WaybillRules

/// `waybill rules validate [PATH…]`: every diagnostic of the rule files, as text or JSON.
struct RulesValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check rule files and folders; exit 0 when clean, 1 on errors, 2 on usage errors."
    )

    @Argument(help: "Rule files or folders (default: rules/).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: RulesOutputFormat = .text

    @Flag(name: .customLong("json"), help: "Same as --format json.")
    var json = false

    @Flag(help: "Fail on warnings too.")
    var denyWarnings = false

    func run() throws {
        let result = RuleSet.loadResult(paths: paths.isEmpty ? ["rules"] : paths)
        if !result.missingPaths.isEmpty {
            for path in result.missingPaths {
                FileHandle.standardError.write(Data("error: no such file or folder: \(path)\n".utf8))
            }
            throw ExitCode(2)
        }
        let diagnostics = result.diagnostics
        if json || format == .json {
            print(Diagnostic.json(diagnostics))
        } else if diagnostics.isEmpty {
            print("ok: \(result.sources.count) files, no diagnostics")
        } else {
            print(DiagnosticRenderer(sources: result.sources).render(diagnostics))
        }
        let failing = diagnostics.hasErrors || (denyWarnings && diagnostics.contains { $0.severity == .warning })
        if failing { throw ExitCode(1) }
    }
}
