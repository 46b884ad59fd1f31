import Foundation
import WaybillStore

extension Engine {
    /// Leases and runs every job due at `now` until none is due. Jobs of one (tenant, flow,
    /// identity) run one after another in queue order; others run concurrently on up to
    /// `configuration.workers` tasks.
    ///
    /// The workers never wait for one another: the next `leaseBatch` jobs are leased while the
    /// workers still have work (when no more jobs wait than there are workers), and succeeded
    /// jobs are completed and audited together every `leaseBatch` successes (``CompletionBatch``)
    /// while the others go on.
    public func processDue(now: Date) async throws -> RunSummary {
        let cache = LookupCache()
        let batch = CompletionBatch()
        let workers = configuration.workers
        let grace = configuration.shutdownGrace
        var queue = LeasedJobQueue()
        var summary = try await withThrowingTaskGroup(of: (key: String, summary: RunSummary)?.self) { group in
            var summary = RunSummary()
            var running = 0
            var exhausted = false
            // On stop: launch nothing more; after the grace period interrupt what still runs.
            group.addTask {
                await self.stopSignal.wait()
                if !Task.isCancelled { try? await Task.sleep(for: grace) }
                return nil
            }
            while true {
                if !exhausted, !isStopping, queue.count <= workers {
                    let jobs = try await store.lease(limit: configuration.leaseBatch, owner: configuration.owner,
                                                     now: now, duration: configuration.leaseDuration)
                    queue.add(jobs)
                    exhausted = jobs.count < configuration.leaseBatch
                }
                while running < workers, !isStopping, let (key, job) = queue.next() {
                    running += 1
                    group.addTask { (key, try await self.runJob(job, now: now, cache: cache, batch: batch)) }
                }
                if running == 0 { break }
                guard let finished = try await group.next() else { break }
                guard let (key, done) = finished else {
                    group.cancelAll()
                    continue
                }
                running -= 1
                queue.finish(key)
                summary.add(done)
                if batch.count >= configuration.leaseBatch {
                    try await flush(batch, into: &summary, now: now)
                }
            }
            group.cancelAll()
            return summary
        }
        try await flush(batch, into: &summary, now: now)
        return summary
    }

    /// Completes the batch's jobs; those whose lease was lost meanwhile count as lost, not succeeded.
    private func flush(_ batch: CompletionBatch, into summary: inout RunSummary, now: Date) async throws {
        let (submitted, completed) = try await batch.flush(store: store, owner: configuration.owner, now: now)
        summary.succeeded -= submitted - completed
        summary.leaseLost += submitted - completed
    }

    private func runJob(_ job: Job, now: Date, cache: LookupCache, batch: CompletionBatch) async throws -> RunSummary {
        var summary = RunSummary()
        if isStopping || Task.isCancelled { return summary }
        guard let interpreter = interpreter(flow: job.flow, tenant: job.connection) else {
            let message = "flow `\(job.flow)` is not loaded for `\(job.connection)`"
            let trail = AuditTrail(jobID: job.id, flow: job.flow, connection: job.connection, sourceID: job.identity)
            _ = try await store.fail(job.id, owner: configuration.owner, failure: .permanent(message),
                                     policy: configuration.retryPolicy, now: now) { action in
                var trail = trail
                JobRunner.record(action, failure: .permanent(message), attempts: job.lifecycle.attempts, in: &trail,
                                 now: now)
                return trail.events
            }
            summary.deadLettered += 1
            return summary
        }
        let runner = JobRunner(interpreter: interpreter, retryPolicy: configuration.retryPolicy,
                               owner: configuration.owner, statistics: callStatistics)
        summary.add(try await runner.run(job, now: now, cache: cache, batch: batch))
        return summary
    }

    /// Whether any job is still waiting or running (pending, retrying or leased).
    public func hasActiveJobs() async throws -> Bool {
        try await store.jobCounts().contains { $0.state.isActive && $0.count > 0 }
    }
}
