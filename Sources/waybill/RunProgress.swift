import Foundation
import WaybillStore

/// `waybill run --once` on a terminal: one status line, rewritten every second, while a long
/// backfill drains (jobs done, waiting, retrying, dead). Off when stderr is not a terminal.
final class RunProgress: Sendable {
    private let task: Task<Void, Never>?

    /// Starts reporting `store`'s queue to stderr when it is a terminal.
    init(store: any StateStore) {
        guard isatty(STDERR_FILENO) != 0 else {
            task = nil
            return
        }
        task = Task {
            let clock = ContinuousClock()
            while !Task.isCancelled {
                try? await clock.sleep(for: .seconds(1))
                guard !Task.isCancelled, let counts = try? await store.jobCounts() else { continue }
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.line(counts)).utf8))
            }
        }
    }

    /// `12,345 done · 3,210 waiting · 8 running · 2 retrying · 0 dead`.
    static func line(_ counts: [JobCount]) -> String {
        func total(_ state: JobState) -> Int { counts.filter { $0.state == state }.reduce(0) { $0 + $1.count } }
        let format = NumberFormatter()
        format.numberStyle = .decimal
        func text(_ value: Int) -> String { format.string(from: NSNumber(value: value)) ?? String(value) }
        return "\(text(total(.succeeded))) done · \(text(total(.pending))) waiting · \(text(total(.leased))) running · "
            + "\(text(total(.retrying))) retrying · \(text(total(.dead))) dead"
    }

    /// Stops reporting and clears the line.
    func finish() {
        guard let task else { return }
        task.cancel()
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
