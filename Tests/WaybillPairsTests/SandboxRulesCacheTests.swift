import Foundation
import Testing
@testable import WaybillSandbox

/// Sandboxes reuse the plan of a rules folder compiled alone until one of its files changes.
@Suite struct SandboxRulesCacheTests {
    @Test func theFingerprintFollowsTheFilesOfTheFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("pack"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pack/flow.yaml")
        try Data("flow: a\n".utf8).write(to: file)
        let first = SandboxRules.fingerprint(of: folder)
        #expect(SandboxRules.fingerprint(of: folder) == first)
        try Data("flow: ab\n".utf8).write(to: file)
        let edited = SandboxRules.fingerprint(of: folder)
        #expect(edited != first)
        try Data("system: b\n".utf8).write(to: folder.appendingPathComponent("b.yaml"))
        #expect(SandboxRules.fingerprint(of: folder) != edited)
    }

    @Test func theBundledRulesCompileOnceToTheSamePlan() throws {
        let rules = SandboxOptions.defaultRulesFolder()
        let first = try SandboxRules.compile(rules: rules)
        let second = try SandboxRules.compile(rules: rules)
        #expect(first.flows.map(\.definition.name) == second.flows.map(\.definition.name))
        #expect(!first.flows.isEmpty)
    }
}
