import Foundation
import WaybillEngine
import WaybillRules

/// Compiles the bundled rules (alone, to learn which systems the selected flows need; then with a
/// sandbox connections file), failing on any error diagnostic.
enum SandboxRules {
    static func compile(rules: URL, connections: URL? = nil) throws -> Plan {
        let loaded = RuleSet.loadResult(paths: [rules.path] + (connections.map { [$0.path] } ?? []))
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if let first = errors.first {
            throw SandboxError("\(first.location.file):\(first.location.line): \(first.message) "
                + "(\(errors.count) error(s) in the rules)")
        }
        guard let plan = loaded.plan else { throw SandboxError("the rules in \(rules.path) did not compile") }
        return plan
    }

    /// The systems the flows of `packs` (all flows when empty) minus `excluded` read from, find in or write to.
    static func systems(of plan: Plan, packs: [String], excluded: [String]) -> Set<String> {
        plan.flows.map(\.definition)
            .filter { (packs.isEmpty || packs.contains($0.pack ?? "")) && !excluded.contains($0.name) }
            .reduce(into: Set<String>()) { $0.formUnion(RuntimeBuilder.systems(of: $1)) }
    }
}
