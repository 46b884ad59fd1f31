import Foundation

/// In-memory records of every resource of one simulator, in insertion order.
///
/// Sized for 100,000 records per resource: lookups by id are hashed, lists are one pass.
public final class RecordStore: Sendable {
    private struct Table {
        var ids: [String] = []
        var records: [String: JSONValue] = [:]
        var highestID = 0
    }

    private let tables = Locked([String: Table]())

    /// An empty store.
    public init() {}

    /// Stores `record` under `id`, replacing any record with that id (kept at its old position).
    public func put(_ resource: String, id: String, _ record: JSONValue) {
        tables.withLock { tables in
            // Mutate in place: copying the table out of the dictionary would copy every record.
            if tables[resource, default: Table()].records.updateValue(record, forKey: id) == nil {
                tables[resource, default: Table()].ids.append(id)
            }
            if let number = Int(id), number > tables[resource, default: Table()].highestID {
                tables[resource, default: Table()].highestID = number
            }
        }
    }

    /// Stores `record`, taking its id from `idField` or giving it the next integer id (≥ `firstID`).
    /// Returns the stored record.
    @discardableResult
    public func insert(_ resource: String, _ record: JSONValue, idField: String, firstID: Int = 1) -> JSONValue {
        var stored = record
        let id: String
        if let existing = record[idField], !existing.isNull, let text = existing.stringValue {
            id = text
        } else {
            let number = nextID(resource, firstID: firstID)
            stored[idField] = .int(number)
            id = String(number)
        }
        put(resource, id: id, stored)
        return stored
    }

    /// Reserves and returns the next integer id of `resource` (at least `firstID`).
    public func nextID(_ resource: String, firstID: Int = 1) -> Int {
        tables.withLock { tables in
            let next = max(tables[resource, default: Table()].highestID + 1, firstID)
            tables[resource, default: Table()].highestID = next
            return next
        }
    }

    /// The record of `resource` with `id`.
    public func get(_ resource: String, id: String) -> JSONValue? {
        tables.withLock { $0[resource]?.records[id] }
    }

    /// Applies `change` to the record with `id` and returns the new record (nil when absent).
    @discardableResult
    public func update(_ resource: String, id: String, _ change: (inout JSONValue) -> Void) -> JSONValue? {
        tables.withLock { tables in
            guard var record = tables[resource]?.records[id] else { return nil }
            change(&record)
            tables[resource]?.records[id] = record
            return record
        }
    }

    /// Removes and returns the record with `id`.
    @discardableResult
    public func delete(_ resource: String, id: String) -> JSONValue? {
        tables.withLock { tables in
            guard let removed = tables[resource]?.records.removeValue(forKey: id) else { return nil }
            tables[resource]?.ids.removeAll { $0 == id }
            return removed
        }
    }

    /// Every record of `resource`, in insertion order.
    public func all(_ resource: String) -> [JSONValue] {
        tables.withLock { tables in
            guard let table = tables[resource] else { return [] }
            return table.ids.compactMap { table.records[$0] }
        }
    }

    /// The records of `resource` for which `isIncluded` holds, in insertion order.
    public func filter(_ resource: String, _ isIncluded: (JSONValue) -> Bool) -> [JSONValue] {
        tables.withLock { tables in
            guard let table = tables[resource] else { return [] }
            var result: [JSONValue] = []
            for id in table.ids {
                if let record = table.records[id], isIncluded(record) { result.append(record) }
            }
            return result
        }
    }

    /// The first record of `resource` for which `predicate` holds.
    public func first(_ resource: String, where predicate: (JSONValue) -> Bool) -> JSONValue? {
        tables.withLock { tables in
            guard let table = tables[resource] else { return nil }
            for id in table.ids {
                if let record = table.records[id], predicate(record) { return record }
            }
            return nil
        }
    }

    /// How many records `resource` holds.
    public func count(_ resource: String) -> Int {
        tables.withLock { $0[resource]?.ids.count ?? 0 }
    }

    /// The names of the resources holding at least one record, sorted.
    public var resourceNames: [String] {
        tables.withLock { $0.filter { !$0.value.ids.isEmpty }.keys.sorted() }
    }

    /// Forgets every record.
    public func removeAll() {
        tables.withLock { $0 = [:] }
    }
}
