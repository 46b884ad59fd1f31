import Foundation
import WaybillStore

extension Engine {
    /// `waybill run --once`: polls the selected flows once, then runs jobs until the queue has no
    /// pending, retrying or leased job left (waiting out retry backoffs on `clock`).
    public func runOnce<C: Clock>(
        flows: Set<String>? = nil, tenants: Set<String>? = nil, clock: C, now: @Sendable () -> Date
    ) async throws -> RunSummary where C.Duration == Duration {
        var summary = RunSummary()
        summary.polls = try await poll(flows: flows, tenants: tenants, now: now())
        summary.add(try await drain(clock: clock, now: now))
        return summary
    }

    /// Runs due jobs until no job is active, sleeping `idleWait` on `clock` while jobs wait for
    /// their retry time. Returns early when stopped.
    public func drain<C: Clock>(clock: C, now: @Sendable () -> Date) async throws -> RunSummary
    where C.Duration == Duration {
        var summary = RunSummary()
        while !isStopping {
            let round = try await processDue(now: now())
            summary.add(round)
            if round.attempts + round.leaseLost > 0 { continue }
            guard try await hasActiveJobs() else { break }
            try await clock.sleep(for: configuration.idleWait)
        }
        if isStopping { _ = try await store.release(nil, owner: configuration.owner, now: now()) }
        return summary
    }

    /// The daemon loop: every flow's poll runs at its interval, workers run due jobs, until
    /// ``stop()``; then leases still held are released. Poll errors are reported to `onError`
    /// and the poll is tried again at its next interval.
    public func run<C: Clock>(
        clock: C, now: @Sendable () -> Date, onError: @Sendable (any Error) -> Void = { _ in }
    ) async throws where C.Duration == Duration {
        var nextPoll: [Assignment: C.Instant] = [:]
        for key in order where interpreters[key]?.flow.poll != nil { nextPoll[key] = clock.now }
        while !isStopping {
            for (key, due) in nextPoll where due <= clock.now {
                guard let interpreter = interpreters[key], let runner = PollRunner(interpreter: interpreter) else {
                    continue
                }
                do { _ = try await runner.run(now: now()) } catch { onError(error) }
                nextPoll[key] = clock.now.advanced(by: runner.poll.every)
            }
            do {
                let round = try await processDue(now: now())
                if round.attempts + round.leaseLost > 0 { continue }
            } catch {
                onError(error)
            }
            try? await clock.sleep(for: configuration.idleWait)
        }
        _ = try await store.release(nil, owner: configuration.owner, now: now())
    }
}
