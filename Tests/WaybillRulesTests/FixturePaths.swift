import Foundation

/// Paths of the test fixtures in the source tree (goldens are re-recorded there on purpose only).
enum FixturePaths {
    static let root: String = {
        let file = URL(fileURLWithPath: #filePath)
        return file.deletingLastPathComponent().appendingPathComponent("Fixtures").path
    }()

    static var invalid: String { root + "/invalid" }
    static var valid: String { root + "/valid" }
    static var basic: String { valid + "/basic" }
    static var sharedSystems: String { basic + "/systems" }

    /// Names of the invalid fixtures (folders under `invalid/`).
    static var invalidNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: invalid)) ?? []).sorted()
    }

    /// Whether goldens should be rewritten (`RECORD_GOLDENS=1`).
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    /// Compares `actual` with the golden file, or writes it when recording.
    static func golden(_ path: String, _ actual: String) -> (expected: String, actual: String) {
        if recording || !FileManager.default.fileExists(atPath: path) && recording {
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return (actual, actual)
        }
        let expected = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing golden \(path)>"
        return (expected, actual)
    }
}
