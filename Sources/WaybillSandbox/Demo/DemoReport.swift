import Foundation

/// The end-of-day report: one table per pair of what moved, then where to look.
struct DemoReport {
    let results: [DemoResult]
    let database: URL
    let kept: Bool

    /// One progress line for a finished step.
    static func line(_ result: DemoResult) -> String {
        if let failure = result.failure { return "✗ FAILED: \(failure)" }
        var parts = ["\(result.summary.succeeded) job(s) done"]
        if result.summary.retried > 0 { parts.append("\(result.summary.retried) retried") }
        if result.errorsSurvived > 0 { parts.append("\(result.errorsSurvived) error answer(s) survived") }
        parts.append(writes(result.writes))
        return "✓ " + parts.joined(separator: ", ") + String(format: " (%.1f s)", result.seconds)
    }

    static func writes(_ writes: [String: Int]) -> String {
        let list = writes.sorted { $0.key < $1.key }.map { "\($0.value) write(s) to \($0.key)" }
        return list.isEmpty ? "no write needed" : list.joined(separator: ", ")
    }

    func render() -> String {
        var text = ""
        var pairs: [String] = []
        for result in results where !pairs.contains(result.step.pair) { pairs.append(result.step.pair) }
        for pair in pairs {
            text += "\n\(pair)\n"
            text += "  " + "What happened".padding(toLength: 52, withPad: " ", startingAt: 0) + " Jobs  Retried  Moved\n"
            for result in results where result.step.pair == pair {
                let title = result.step.title.padding(toLength: 52, withPad: " ", startingAt: 0)
                let moved = result.failure.map { "FAILED: \($0)" } ?? Self.writes(result.writes)
                text += "  \(title) " + String(format: "%4d  %7d  ", result.summary.succeeded, result.summary.retried)
                    + moved + "\n"
            }
        }
        text += "\nWhere to see it\n"
        for result in results where result.failure == nil {
            text += "  " + result.step.title.padding(toLength: 52, withPad: " ", startingAt: 0) + " " + result.step.seeAt + "\n"
        }
        let flows = results.flatMap(\.step.flows).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if kept {
            text += "\nThe state database is kept at \(database.path). Try:\n"
            for flow in flows.prefix(4) { text += "  waybill audit --db \(database.path) --flow \(flow)\n" }
            text += "  waybill status --db \(database.path)\n"
        } else {
            text += "\nRun `waybill demo --keep` to keep the database and try `waybill audit --db … --flow \(flows.first ?? "…")`.\n"
        }
        let failed = results.filter { $0.failure != nil }.count
        text += failed == 0
            ? "\nAll \(results.count) steps succeeded: nothing lost, nothing duplicated.\n"
            : "\n\(failed) of \(results.count) steps FAILED.\n"
        return text
    }
}
