import Foundation
@testable import WaybillRules

/// Rule files written to a fresh temporary folder, loaded, and removed again.
enum TemporaryRules {
    /// Loads `files` (file name → YAML text) as one rules folder.
    static func load(_ files: [String: String]) throws -> RuleSet.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return RuleSet.loadResult(paths: [directory.path])
    }
}
