import Foundation
import WaybillExpressions
import WaybillStore

/// Runs one leased job: decodes its unit (dereferencing a pointer payload on the source system's
/// own host only), interprets the flow, then completes the job, schedules a retry or dead-letters
/// it, appending the unit's audit trail in the same transaction as the job's new state.
public struct JobRunner: Sendable {
    /// The flow and tenant.
    public let interpreter: UnitInterpreter
    /// Backoff with jitter, then dead letter.
    public let retryPolicy: RetryPolicy
    /// The lease owner name.
    public let owner: String
    /// Where every call is counted for metrics.
    public let statistics: CallStatistics?

    /// Creates a runner.
    public init(interpreter: UnitInterpreter, retryPolicy: RetryPolicy = .default, owner: String,
                statistics: CallStatistics? = nil) {
        self.interpreter = interpreter
        self.retryPolicy = retryPolicy
        self.owner = owner
        self.statistics = statistics
    }

    /// Runs the job at `now`.
    public func run(_ job: Job, now: Date, cache: LookupCache) async throws -> JobOutcome {
        try await run(job, now: now, cache: cache, batch: nil)
    }

    /// Runs the job; a success is handed to `batch` (completed later with others) when given.
    func run(_ job: Job, now: Date, cache: LookupCache, batch: CompletionBatch?) async throws -> JobOutcome {
        let store = interpreter.store
        let trace = CallTrace()
        var audit = AuditTrail(jobID: job.id, flow: job.flow, connection: job.connection, sourceID: job.identity)
        do {
            let targets = try await execute(job, now: now, trace: trace, cache: cache, audit: &audit)
            let calls = trace.drain()
            statistics?.record(tenant: job.connection, calls: calls)
            audit.add(calls: calls, targetID: targets.first, at: now)
            audit.add(.result, targetID: targets.first, at: now, [
                "outcome": .string("succeeded"), "targets": .list(targets.map(Value.string)),
                "attempt": .int(job.lifecycle.attempts),
            ])
            if let batch {
                batch.add(job.id, events: audit.events)
                return .succeeded(targets: targets)
            }
            try await store.complete(job.id, owner: owner, now: now, audit: audit.events)
            return .succeeded(targets: targets)
        } catch let error as StoreError where error.isLeaseLost {
            return .leaseLost
        } catch where Task.isCancelled {
            // Interrupted by shutdown: no attempt is counted; the lease is released by the engine.
            return .leaseLost
        } catch {
            let calls = trace.drain()
            statistics?.record(tenant: job.connection, calls: calls)
            audit.add(calls: calls, at: now)
            return try await fail(job, failure: Self.classify(error), trail: audit, now: now)
        }
    }

    /// Records the failed attempt (retry or dead letter) and the unit's trail with it, in one transaction.
    private func fail(_ job: Job, failure: EngineError, trail: AuditTrail, now: Date) async throws -> JobOutcome {
        let attempts = job.lifecycle.attempts
        let action = try await interpreter.store.fail(
            job.id, owner: owner, failure: failure.jobFailure, policy: retryPolicy, now: now
        ) { action in
            var trail = trail
            Self.record(action, failure: failure, attempts: attempts, in: &trail, now: now)
            return trail.events
        }
        switch action {
        case .retry(let at, let attempt):
            return .retrying(at: at, attempt: attempt, error: failure.message)
        case .rejected:
            return .leaseLost
        default:
            return .deadLettered(error: failure.message)
        }
    }

    /// The audit event of a failed attempt's outcome.
    static func record(_ action: JobAction, failure: EngineError, attempts: Int, in trail: inout AuditTrail, now: Date) {
        switch action {
        case .retry(let at, let attempt):
            trail.add(.retry, at: now, [
                "attempt": .int(attempt), "at": .datetime(at), "error": .string(failure.message),
            ])
        case .rejected:
            break
        default:
            trail.add(.deadLetter, at: now, [
                "error": .string(failure.message), "attempt": .int(attempts),
                "permanent": .bool(failure.kind == .permanent),
            ])
        }
    }

    private func execute(_ job: Job, now: Date, trace: CallTrace, cache: LookupCache, audit: inout AuditTrail)
        async throws -> [String]
    {
        let payload = try UnitCodec.decode(job.payload)
        let flow = interpreter.flow
        guard let pointerField = flow.dereference, case .object(let fields) = payload,
              case .string(let pointer)? = fields[pointerField]
        else {
            return try await interpreter.run(unit: payload, identity: job.identity, now: now, trace: trace,
                                             cache: cache, audit: &audit)
        }
        let client = try interpreter.tenant.clients.client(flow.sourceSystem)
        guard let url = URL(string: pointer), client.owns(url) else {
            audit.add(.rejected, at: now, ["reason": .string("resource_url is not on the system's host"),
                                           "url": .string(URLText.withoutQuery(pointer))])
            throw EngineError.permanent("refused to dereference \(URLText.withoutQuery(pointer)): foreign host")
        }
        let body = try await client.fetch(url, trace: trace)
        let records: [Value]
        if case .list(let list) = body { records = list } else { records = [body] }
        var targets: [String] = []
        let units = try flow.shape.units(from: records) { interpreter.scope(for: $0, now: now) }
        for unit in units {
            let identity = try interpreter.identity(of: unit, now: now)
            targets += try await interpreter.run(unit: unit, identity: identity, now: now, trace: trace,
                                                 cache: cache, audit: &audit)
        }
        return targets
    }

    static func classify(_ error: any Error) -> EngineError {
        if let error = error as? EngineError { return error }
        return EngineError.transient("\(error)")
    }
}

/// URL text safe for logs and audit: no query (it may carry keys) and no user info.
enum URLText {
    static func withoutQuery(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return "<invalid url>" }
        components.query = nil
        components.user = nil
        components.password = nil
        return components.string ?? "<invalid url>"
    }
}
