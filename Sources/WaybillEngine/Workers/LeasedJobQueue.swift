import WaybillStore

/// Leased jobs waiting for a worker. Jobs of one (tenant, flow, identity) leave the queue one at a
/// time, in lease order, and the next of them only after ``finish(_:)`` reported the previous one
/// done: they never run concurrently or out of order, even across leases.
struct LeasedJobQueue {
    private var waiting: [String: [Job]] = [:]
    /// Keys with waiting jobs, in the order their first job arrived.
    private var order: [String] = []
    private var busy: Set<String> = []
    /// Jobs waiting (not yet handed out).
    private(set) var count = 0

    /// The sequencing key of a job.
    static func key(of job: Job) -> String {
        "\(job.connection)\u{1}\(job.flow)\u{1}\(job.identity)"
    }

    /// Queues newly leased jobs (in id order within the lease).
    mutating func add(_ jobs: [Job]) {
        for job in jobs.sorted(by: { $0.id < $1.id }) {
            let key = Self.key(of: job)
            if waiting[key] == nil { order.append(key) }
            waiting[key, default: []].append(job)
            count += 1
        }
    }

    /// The next job whose identity has no job running, marking its identity busy; nil when every
    /// waiting job's identity is busy or nothing waits.
    mutating func next() -> (key: String, job: Job)? {
        guard let index = order.firstIndex(where: { !busy.contains($0) }), var jobs = waiting[order[index]],
              !jobs.isEmpty
        else { return nil }
        let key = order[index]
        let job = jobs.removeFirst()
        if jobs.isEmpty {
            waiting[key] = nil
            order.remove(at: index)
        } else {
            waiting[key] = jobs
        }
        busy.insert(key)
        count -= 1
        return (key, job)
    }

    /// Reports the running job of `key` done: its identity's next job may go.
    mutating func finish(_ key: String) {
        busy.remove(key)
    }
}
