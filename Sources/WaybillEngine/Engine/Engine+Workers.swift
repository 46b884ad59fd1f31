import Foundation
import WaybillStore

extension Engine {
    /// Leases and runs every job due at `now`, round after round, until none is due. Jobs of one
    /// (tenant, flow, identity) run one after another in queue order; others run concurrently on
    /// up to `configuration.workers` tasks.
    public func processDue(now: Date) async throws -> RunSummary {
        var summary = RunSummary()
        let cache = LookupCache()
        while !isStopping {
            let jobs = try await store.lease(limit: configuration.leaseBatch, owner: configuration.owner, now: now,
                                             duration: configuration.leaseDuration)
            if jobs.isEmpty { break }
            summary.add(try await runLeased(jobs, now: now, cache: cache))
        }
        return summary
    }

    /// Runs leased jobs: one sequence per identity, sequences spread over the workers.
    func runLeased(_ jobs: [Job], now: Date, cache: LookupCache) async throws -> RunSummary {
        var sequences: [[Job]] = []
        var index: [String: Int] = [:]
        for job in jobs.sorted(by: { $0.id < $1.id }) {
            let key = "\(job.connection)\u{1}\(job.flow)\u{1}\(job.identity)"
            if let at = index[key] { sequences[at].append(job) } else {
                index[key] = sequences.count
                sequences.append([job])
            }
        }
        let batch = CompletionBatch()
        var summary = try await withThrowingTaskGroup(of: RunSummary?.self) { group in
            var summary = RunSummary()
            var next = 0
            var running = 0
            func launch() {
                let sequence = sequences[next]
                next += 1
                running += 1
                group.addTask { try await self.runSequence(sequence, now: now, cache: cache, batch: batch) }
            }
            // On stop: launch nothing more; after the grace period interrupt what still runs.
            let grace = configuration.shutdownGrace
            group.addTask {
                await self.stopSignal.wait()
                if !Task.isCancelled { try? await Task.sleep(for: grace) }
                return nil
            }
            while next < min(configuration.workers, sequences.count) { launch() }
            while running > 0, let done = try await group.next() {
                guard let done else {
                    group.cancelAll()
                    continue
                }
                running -= 1
                summary.add(done)
                if next < sequences.count, !isStopping { launch() }
            }
            group.cancelAll()
            return summary
        }
        let completed = try await batch.flush(store: store, owner: configuration.owner, now: now)
        let lost = summary.succeeded - completed
        summary.succeeded = completed
        summary.leaseLost += lost
        return summary
    }

    private func runSequence(_ jobs: [Job], now: Date, cache: LookupCache, batch: CompletionBatch) async throws
        -> RunSummary
    {
        var summary = RunSummary()
        for job in jobs {
            if isStopping || Task.isCancelled { break }
            guard let interpreter = interpreter(flow: job.flow, tenant: job.connection) else {
                let failure = JobFailure.permanent("flow `\(job.flow)` is not loaded for `\(job.connection)`")
                _ = try await store.fail(job.id, owner: configuration.owner, failure: failure,
                                         policy: configuration.retryPolicy, now: now)
                summary.deadLettered += 1
                continue
            }
            let runner = JobRunner(interpreter: interpreter, retryPolicy: configuration.retryPolicy,
                                   owner: configuration.owner, statistics: callStatistics)
            summary.add(try await runner.run(job, now: now, cache: cache, batch: batch))
        }
        return summary
    }

    /// Whether any job is still waiting or running (pending, retrying or leased).
    public func hasActiveJobs() async throws -> Bool {
        try await store.jobCounts().contains { $0.state.isActive && $0.count > 0 }
    }
}
