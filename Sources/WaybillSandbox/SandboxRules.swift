import Foundation
import WaybillEngine
import WaybillRules
import WaybillSimulators

/// Compiles the bundled rules (alone, to learn which systems the selected flows need; then with a
/// sandbox connections file), failing on any error diagnostic.
enum SandboxRules {
    /// Plans of rule folders compiled alone, by folder and a fingerprint of its files (path, size,
    /// modification time): every sandbox of a process compiles the same rules first (the test suite
    /// starts dozens at once), and a changed file is compiled again.
    private static let compiledAlone = Locked<[String: Plan]>([:])

    static func compile(rules: URL, connections: URL? = nil) throws -> Plan {
        guard connections == nil else { return try load(rules: rules, connections: connections) }
        let key = fingerprint(of: rules)
        if let plan = compiledAlone.withLock({ $0[key] }) { return plan }
        let plan = try load(rules: rules, connections: nil)
        compiledAlone.withLock { $0[key] = plan }
        return plan
    }

    /// The folder's path and, for each file under it, its path, size and modification time.
    static func fingerprint(of folder: URL) -> String {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        var parts = [folder.standardizedFileURL.path]
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys)?
            .compactMap { $0 as? URL } ?? []
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            let modified = values.contentModificationDate?.timeIntervalSince1970 ?? 0
            parts.append("\(file.path)|\(values.fileSize ?? -1)|\(modified)")
        }
        return parts.joined(separator: "\n")
    }

    private static func load(rules: URL, connections: URL?) throws -> Plan {
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
