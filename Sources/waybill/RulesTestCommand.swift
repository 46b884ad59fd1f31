import ArgumentParser
import Foundation
import WaybillEngine
import WaybillExpressions
import WaybillRules

/// `waybill rules test FLOW --records FILE`: runs one flow offline on fixture records and shows,
/// per unit, its identity and version and every call it would make — nothing is sent.
struct RulesTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run one flow offline on fixture records and show the calls it would make (nothing is sent).",
        discussion: """
            --records is a JSON file: one record (or webhook body) or an array of them, as the \
            flow's source would deliver them. --find answers the flow's find/match lookups: a JSON \
            object {"<system>": {"<target>": [records…]}}; a find returns the records of its target \
            whose fields satisfy its conditions, and none when the file has no entry. Creates get \
            made-up numeric ids (1000001, 1000002, …). Exit 0 when every unit ran, 1 when one failed, 2 on usage errors.
            """
    )

    @Argument(help: "The flow's name.")
    var flow: String

    @Option(help: "JSON file with the source records (an object or an array; `-` reads standard input).")
    var records: String

    @Option(help: "JSON file answering find lookups: {\"system\": {\"target\": [records]}}.")
    var find: String?

    @Option(name: .customLong("setting"), help: "A connection setting as name=value (value read as JSON when it parses, else text; repeatable).")
    var settings: [String] = []

    @Option(help: "Folder or file of rules (repeatable; default: rules/).")
    var rules: [String] = []

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let (plan, flowPlan) = try RulesFlowLoader.load(flow: flow, rules: rules)
        let input = try readJSON(records, what: "--records")
        let rehearsal = try FlowRehearsal(definition: flowPlan.definition, systems: plan.systems, tables: plan.tables,
                                          settings: try parsedSettings(), fixtures: try fixtures())
        let sourceRecords: [Value]
        if case .list(let list) = input { sourceRecords = list } else { sourceRecords = [input] }
        let units = try await rehearsal.run(sourceRecords)
        print(json ? Self.json(flow: flow, units) : Self.text(flow: flow, records: sourceRecords.count, units))
        if units.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }

    private func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(code)
    }

    private func readJSON(_ path: String, what: String) throws -> Value {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            // A file handle also reads pipes (`--find <(…)`), which FileManager.contents does not.
            guard let handle = FileHandle(forReadingAtPath: path) else { fail("\(what): cannot read \(path)", code: 2) }
            data = handle.readDataToEndOfFile()
            try? handle.close()
        }
        do { return try Value(jsonData: data) } catch { fail("\(what): \(path) is not JSON: \(error)", code: 2) }
    }

    private func fixtures() throws -> [String: [String: [Value]]] {
        guard let find else { return [:] }
        guard case .object(let systems) = try readJSON(find, what: "--find") else {
            fail("--find: expected an object {\"system\": {\"target\": [records]}}", code: 2)
        }
        var fixtures: [String: [String: [Value]]] = [:]
        for (system, targets) in systems {
            guard case .object(let byTarget) = targets else { fail("--find: `\(system)` must map targets to arrays", code: 2) }
            for (target, records) in byTarget {
                guard case .list(let list) = records else { fail("--find: `\(system).\(target)` must be an array", code: 2) }
                fixtures[system, default: [:]][target] = list
            }
        }
        return fixtures
    }

    private func parsedSettings() throws -> [String: Value] {
        var values: [String: Value] = [:]
        for setting in settings {
            guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                fail("--setting must be name=value, got `\(setting)`", code: 2)
            }
            let text = String(setting[setting.index(after: equals)...])
            values[String(setting[..<equals])] = (try? Value(jsonData: Data(text.utf8))) ?? .string(text)
        }
        return values
    }

    static func text(flow: String, records: Int, _ units: [FlowRehearsal.UnitResult]) -> String {
        var lines = ["flow \(flow): \(records) record(s) → \(units.count) unit(s); nothing was sent"]
        for unit in units {
            lines.append("")
            lines.append("unit \(unit.identity ?? "?") (version \(unit.version ?? "?"))")
            for call in unit.calls {
                var line = "  \(call.operation) \(call.system) \(call.target)"
                if let id = call.id { line += " \(call.operation == "create" ? "→" : "id") \(id)" }
                if !call.conditions.isEmpty { line += " where \(call.conditions.joined(separator: ", "))" }
                if let found = call.found { line += " → \(found) found" }
                if !call.values.isEmpty { line += "\n    \(Value.object(call.values).canonicalJSON)" }
                lines.append(line)
            }
            if let error = unit.error {
                lines.append("  error: \(error)")
            } else {
                lines.append("  ok\(unit.targetIDs.isEmpty ? " (no target written)" : ": \(unit.targetIDs.joined(separator: ", "))")")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(flow: String, _ units: [FlowRehearsal.UnitResult]) -> String {
        func optional(_ text: String?) -> Value { text.map(Value.string) ?? .null }
        let list: [Value] = units.map { unit in
            .object([
                "identity": optional(unit.identity), "version": optional(unit.version),
                "target_ids": .list(unit.targetIDs.map(Value.string)), "error": optional(unit.error),
                "calls": .list(unit.calls.map { call in
                    .object([
                        "system": .string(call.system), "operation": .string(call.operation),
                        "target": .string(call.target), "id": optional(call.id), "values": .object(call.values),
                        "conditions": .list(call.conditions.map(Value.string)),
                        "found": call.found.map(Value.int) ?? .null,
                    ])
                }),
            ])
        }
        return Value.object(["flow": .string(flow), "units": .list(list)]).canonicalJSON
    }
}
