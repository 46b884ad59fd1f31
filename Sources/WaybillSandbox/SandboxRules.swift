import Foundation
import WaybillRules

/// Compiles the bundled rules with a sandbox connections file, failing on any error diagnostic.
enum SandboxRules {
    static func compile(rules: URL, connections: URL) throws -> Plan {
        let loaded = RuleSet.loadResult(paths: [rules.path, connections.path])
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        if let first = errors.first {
            throw SandboxError("\(first.location.file):\(first.location.line): \(first.message) "
                + "(\(errors.count) error(s) in the rules)")
        }
        guard let plan = loaded.plan else { throw SandboxError("the rules in \(rules.path) did not compile") }
        return plan
    }
}
