import Foundation
import WaybillExpressions
import WaybillStore

/// Polls one flow's source for one tenant: reads `(write_date, id)` strictly after the cursor,
/// re-reading the lookback window, drops records already processed at the same version, shapes
/// the rest into units and enqueues their jobs **and** advances the cursor in one transaction per
/// page. Without a cursor it re-reads everything; the queue's (identity, version) dedupe absorbs it.
public struct PollRunner: Sendable {
    /// The flow and tenant.
    public let interpreter: UnitInterpreter
    /// The poll trigger.
    public let poll: PollProgram
    /// Upper bound on pages per poll (a guard against a server that never stops paging).
    public var maxPages: Int = 100_000

    /// Creates a runner; nil when the flow has no poll trigger.
    public init?(interpreter: UnitInterpreter) {
        guard let poll = interpreter.flow.poll else { return nil }
        self.interpreter = interpreter
        self.poll = poll
    }

    var key: CursorKey {
        CursorKey(connection: interpreter.tenant.name, flow: interpreter.flow.name, source: poll.source)
    }

    /// Runs one poll.
    public func run(now: Date, trace: CallTrace = CallTrace()) async throws -> PollReport {
        var report = PollReport(flow: interpreter.flow.name, tenant: interpreter.tenant.name)
        let client = try interpreter.tenant.clients.client(poll.system)
        let store = interpreter.store
        let start = try await store.cursor(key)
        var query = ListQuery(conditions: poll.domain, fields: poll.fields, cursor: poll.cursor, limit: poll.pageSize)
        let scope = interpreter.scope(for: .object([:]), now: now)
        for parameter in poll.query {
            query.parameters[parameter.name] = try parameter.value.evaluate(scope).text ?? ""
        }
        if let cursor = poll.cursor, let start {
            if cursor.lookback > .zero, let since = WriteDateText.subtract(cursor.lookback, from: start.writeDate) {
                query.since = since
            } else {
                query.after = CursorMark(writeDate: start.writeDate, id: start.recordID)
            }
        }
        var high = start
        while report.pages < maxPages {
            let records = try await client.list(poll.source, query: query, trace: trace)
            report.pages += 1
            report.read += records.count
            let page = try await enqueue(records, high: &high, now: now, report: &report)
            guard records.count >= poll.pageSize else { break }
            if let last = page.last { query.after = last } else { query.page += 1 }
        }
        return report
    }

    /// Enqueues one page; returns the page's cursor marks in order.
    private func enqueue(_ records: [Value], high: inout CursorPosition?, now: Date, report: inout PollReport)
        async throws -> [CursorMark]
    {
        let store = interpreter.store
        var marks: [CursorMark] = []
        var seen: [SeenRecord] = []
        var byID: [String: Value] = [:]
        for record in records {
            let version = try interpreter.version(of: record, now: now)
            let mark = poll.cursor.flatMap { Self.mark(of: record, $0) }
            if let mark { marks.append(mark) }
            let id = Self.field(record, poll.cursor?.tieBreaker ?? "id")?.text ?? PayloadHash.of(record)
            seen.append(SeenRecord(recordID: id, version: version, writeDate: mark?.writeDate ?? ""))
            byID[id] = record
        }
        let fresh = try await store.unseen(seen, in: key)
        report.alreadySeen += seen.count - fresh.count
        let freshIDs = Set(fresh.map(\.recordID))
        let kept = seen.filter { freshIDs.contains($0.recordID) }.compactMap { byID[$0.recordID] }
        let units = try interpreter.flow.shape.units(from: kept) { interpreter.scope(for: $0, now: now) }
        let jobs = try units.map { try interpreter.job(for: $0, now: now) }
        // Jobs, their `received` audit and the cursor advance commit in one transaction.
        let audit = JobAudit.received(jobs, fields: ["trigger": "poll"], at: now)
        var request = EnqueueRequest(jobs: jobs, audit: audit)
        if let top = marks.max() {
            let position = max(high ?? CursorPosition(writeDate: top.writeDate, recordID: top.id),
                               CursorPosition(writeDate: top.writeDate, recordID: top.id))
            high = position
            let lookback = poll.cursor?.lookback ?? .zero
            request.cursor = CursorAdvance(key: key, position: position, seen: fresh,
                                           forgetBefore: WriteDateText.subtract(lookback * 2, from: position.writeDate))
        }
        let ids: [JobID?] = request.jobs.isEmpty && request.cursor == nil
            ? [] : try await store.submit([request], now: now).first?.jobIDs ?? []
        report.enqueued += ids.compactMap { $0 }.count
        return marks
    }

    static func mark(of record: Value, _ cursor: CursorProgram) -> CursorMark? {
        guard let date = field(record, cursor.field)?.text else { return nil }
        let tie = field(record, cursor.tieBreaker)
        let id: Int64
        switch tie {
        case .int(let int)?: id = Int64(int)
        case .string(let text)?: id = Int64(text) ?? 0
        default: id = 0
        }
        return CursorMark(writeDate: date, id: id)
    }

    static func field(_ record: Value, _ name: String) -> Value? {
        guard case .object(let fields) = record else { return nil }
        return fields[name]
    }
}
