import Foundation
import Testing
import WaybillStore

@Suite struct JobLifecycleTests {
    let lease: Duration = .seconds(30)

    @Test func newJobWaitsUntilDueThenLeases() {
        var job = JobLifecycle(runAt: t0.plus(10))
        #expect(job.dueAt == t0.plus(10))
        #expect(job.lease(owner: "w1", now: t0, duration: lease) == .wait(until: t0.plus(10)))
        #expect(job.state == .pending)
        let action = job.lease(owner: "w1", now: t0.plus(10), duration: lease)
        #expect(action == .run(JobLease(owner: "w1", expiresAt: t0.plus(40)), redelivery: false))
        #expect(job.state == .leased)
        #expect(job.attempts == 1)
        #expect(job.dueAt == t0.plus(40))
    }

    @Test func leasedJobCannotBeTakenUntilExpiryThenIsRedelivered() {
        var job = JobLifecycle(runAt: t0)
        _ = job.lease(owner: "w1", now: t0, duration: lease)
        #expect(job.lease(owner: "w2", now: t0.plus(29), duration: lease) == .wait(until: t0.plus(30)))
        let action = job.lease(owner: "w2", now: t0.plus(30), duration: lease)
        #expect(action == .run(JobLease(owner: "w2", expiresAt: t0.plus(60)), redelivery: true))
        #expect(job.attempts == 2)
        // The first worker's late completion is refused: it no longer holds the job.
        #expect(job.complete(owner: "w1") == .rejected(.notLeaseOwner))
        #expect(job.complete(owner: "w2") == .completed)
        #expect(job.state == .succeeded)
        #expect(job.dueAt == nil)
    }

    @Test func transientFailuresRetryThenDeadLetter() {
        var random = SeededRandom(seed: 1)
        var job = JobLifecycle(runAt: t0)
        var now = t0
        let policy = RetryPolicy(jitter: 0)
        for (attempt, delay) in [(1, 1.0), (2, 4.0), (3, 16.0)] {
            _ = job.lease(owner: "w", now: now, duration: lease)
            let action = job.fail(owner: "w", failure: .transient("503"), policy: policy, now: now, using: &random)
            #expect(action == .retry(at: now.plus(delay), attempt: attempt))
            #expect(job.state == .retrying)
            #expect(job.lastError == "503")
            now = now.plus(delay)
        }
        _ = job.lease(owner: "w", now: now, duration: lease)
        #expect(job.fail(owner: "w", failure: .transient("503"), policy: policy, now: now, using: &random) == .deadLetter)
        #expect(job.state == .dead)
        #expect(job.attempts == 4)
    }

    @Test func permanentFailureDeadLettersAtOnce() {
        var random = SeededRandom(seed: 1)
        var job = JobLifecycle(runAt: t0)
        _ = job.lease(owner: "w", now: t0, duration: lease)
        let action = job.fail(owner: "w", failure: .permanent("422 invalid sku"), policy: .default, now: t0, using: &random)
        #expect(action == .deadLetter)
        #expect(job.lastError == "422 invalid sku")
    }

    @Test func releaseGivesTheAttemptBack() {
        var job = JobLifecycle(runAt: t0)
        _ = job.lease(owner: "w", now: t0, duration: lease)
        #expect(job.release(owner: "other", now: t0) == .rejected(.notLeaseOwner))
        #expect(job.release(owner: "w", now: t0.plus(1)) == .released)
        #expect(job.state == .pending)
        #expect(job.attempts == 0)
        #expect(job.lease == nil)
        #expect(job.dueAt == t0)
    }

    @Test func replayRevivesOnlyDeadJobs() {
        var random = SeededRandom(seed: 1)
        var job = JobLifecycle(runAt: t0)
        #expect(job.replay(now: t0) == .rejected(.invalidState(.pending)))
        _ = job.lease(owner: "w", now: t0, duration: lease)
        _ = job.fail(owner: "w", failure: .permanent("bad"), policy: .default, now: t0, using: &random)
        #expect(job.replay(now: t0.plus(5)) == .replayed)
        #expect(job.state == .pending)
        #expect(job.attempts == 0)
        #expect(job.dueAt == t0.plus(5))
    }

    @Test(arguments: [JobState.succeeded, .dead])
    func finishedJobsRefuseEveryWorkerTransition(state: JobState) {
        var random = SeededRandom(seed: 1)
        var job = JobLifecycle(state: state, attempts: 1, nextRunAt: t0, lease: nil, lastError: nil)
        #expect(job.lease(owner: "w", now: t0.plus(100), duration: lease) == .rejected(.invalidState(state)))
        #expect(job.complete(owner: "w") == .rejected(.invalidState(state)))
        #expect(job.fail(owner: "w", failure: .transient("x"), policy: .default, now: t0, using: &random)
            == .rejected(.invalidState(state)))
        #expect(job.release(owner: "w", now: t0) == .rejected(.invalidState(state)))
        #expect(job.state == state)
    }

    @Test func completingAPendingJobIsRefused() {
        var job = JobLifecycle(runAt: t0)
        #expect(job.complete(owner: "w") == .rejected(.invalidState(.pending)))
    }
}
