import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `waybill` binary run as a child process (the crash test kills it with SIGKILL).
final class WaybillProcess: @unchecked Sendable {
    /// `.build/debug/waybill` next to the test bundle, else in this checkout's `.build/debug`.
    static func binary() throws -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidates = [beside.appendingPathComponent("waybill"),
                          beside.deletingLastPathComponent().appendingPathComponent("waybill")]
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(checkout.appendingPathComponent(".build/debug/waybill"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw ProcessFailure("no built waybill binary (run `swift build` first); looked at \(candidates.map(\.path))")
        }
        return found
    }

    private let process = Process()
    private let output: URL
    private let exit = ExitStatus()

    /// Starts `waybill arguments…` with `environment` added; stdout and stderr go to `output`.
    init(_ arguments: [String], environment: [String: String], output: URL) throws {
        self.output = output
        process.executableURL = try Self.binary()
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        // Set before `run()`: waiting must never block a thread of Swift's cooperative pool (two threads
        // on a 2-core machine), or every loopback server of the parallel suite stalls with it.
        process.terminationHandler = { [exit] finished in exit.finish(finished.terminationStatus) }
        try process.run()
    }

    var isRunning: Bool { process.isRunning }

    /// SIGKILL, then waits for the exit.
    func kill9() async {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        _ = await exit.status()
    }

    /// Waits for the exit (without blocking a thread) and returns the status.
    func wait() async -> Int32 {
        await exit.status()
    }

    /// What the process printed.
    var log: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }
}

/// A child's exit status, delivered once by `Process.terminationHandler` to any number of waiters.
private final class ExitStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var code: Int32?
    private var waiters: [CheckedContinuation<Int32, Never>] = []

    func finish(_ status: Int32) {
        lock.lock()
        code = status
        let waiting = waiters
        waiters = []
        lock.unlock()
        for waiter in waiting { waiter.resume(returning: status) }
    }

    func status() async -> Int32 {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let code {
                lock.unlock()
                continuation.resume(returning: code)
            } else {
                waiters.append(continuation)
                lock.unlock()
            }
        }
    }
}

struct ProcessFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
