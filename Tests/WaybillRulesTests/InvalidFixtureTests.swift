import Foundation
import Testing
@testable import WaybillRules

/// Every invalid fixture produces exactly its golden diagnostics (code, line, column, message).
@Suite struct InvalidFixtureTests {
    @Test func thereAreAtLeastFiftyFixtures() {
        #expect(FixturePaths.invalidNames.count >= 50)
    }

    @Test(arguments: FixturePaths.invalidNames)
    func fixtureMatchesGolden(name: String) {
        let folder = "\(FixturePaths.invalid)/\(name)"
        let result = RuleSet.loadResult(paths: [folder, FixturePaths.sharedSystems])
        let own = result.diagnostics.filter { $0.file.hasPrefix(folder) }
        #expect(!own.isEmpty, "fixture \(name) produced no diagnostics")
        #expect(result.diagnostics.count == own.count, "diagnostics outside the fixture: \(result.diagnostics)")
        let lines = own.map { diagnostic in
            let file = String(diagnostic.file.dropFirst(folder.count + 1))
            return "\(file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity.rawValue)[\(diagnostic.code)]: \(diagnostic.message)"
        }
        let (expected, actual) = FixturePaths.golden("\(folder)/expected.txt", lines.joined(separator: "\n") + "\n")
        #expect(actual == expected)
    }
}
