/// A `(write_date, id)` position in a model's change stream.
public struct OdooCursor: Sendable, Hashable, Comparable {
    /// `write_date` as Odoo writes it (`YYYY-MM-DD HH:MM:SS`, UTC), which sorts as text.
    public var writeDate: String
    /// The record id, breaking ties on `writeDate`.
    public var id: Int

    /// A cursor.
    public init(writeDate: String, id: Int) {
        self.writeDate = writeDate
        self.id = id
    }

    /// Ordered by `writeDate`, then `id`.
    public static func < (lhs: OdooCursor, rhs: OdooCursor) -> Bool {
        (lhs.writeDate, lhs.id) < (rhs.writeDate, rhs.id)
    }

    /// The domain selecting records strictly after this cursor:
    /// `write_date > d OR (write_date = d AND id > i)`.
    public var afterDomain: [JSONValue] {
        ["|", ["write_date", ">", .string(writeDate)], "&", ["write_date", "=", .string(writeDate)], ["id", ">", .int(id)]]
    }

    /// The cursor of a record read with `write_date` and `id`, if it has both.
    public init?(record: [String: JSONValue]) {
        guard let date = record["write_date"]?.stringValue, let id = record["id"]?.intValue else { return nil }
        self.init(writeDate: date, id: id)
    }
}

extension OdooClient {
    /// How a batched read walks the model.
    public enum BatchMode: Sendable, Hashable {
        /// `limit`/`offset` pages in the given order (simple, but shifts if records change).
        case offset(order: String)
        /// Strictly after a `(write_date, id)` cursor, ordered `write_date asc, id asc`;
        /// stable under concurrent writes. `nil` starts at the beginning.
        case cursor(after: OdooCursor?)
    }

    /// Reads `domain` in batches of `batchSize`; each element is one batch (never empty).
    public nonisolated func searchReadBatches(
        _ model: String, domain: [JSONValue] = [], fields: [String] = [], batchSize: Int = 200, mode: BatchMode
    ) -> AsyncThrowingStream<[[String: JSONValue]], any Error> {
        var needed = fields
        if case .cursor = mode, !fields.isEmpty {
            for field in ["id", "write_date"] where !needed.contains(field) { needed.append(field) }
        }
        let wanted = needed
        let size = max(batchSize, 1)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    var offset = 0
                    var cursor: OdooCursor?
                    if case .cursor(let start) = mode { cursor = start }
                    while true {
                        let batch: [[String: JSONValue]]
                        switch mode {
                        case .offset(let order):
                            batch = try await self.searchRead(model, domain: domain, fields: wanted, limit: size, offset: offset, order: order)
                            offset += batch.count
                        case .cursor:
                            let full = (cursor?.afterDomain ?? []) + domain
                            batch = try await self.searchRead(model, domain: full, fields: wanted, limit: size, order: "write_date asc, id asc")
                            if let last = batch.last { cursor = OdooCursor(record: last) }
                        }
                        if batch.isEmpty { break }
                        continuation.yield(batch)
                        if batch.count < size { break }
                        if case .cursor = mode, cursor == nil { break }
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
