/// The stored rows of one model, with a reverse index of every many2one for one2many reads.
struct OdooTable: Sendable {
    /// Stored values of each record, by id.
    private(set) var rows: [Int: [String: OdooValue]] = [:]
    /// Record ids in ascending order.
    private(set) var ids: [Int] = []
    /// The id the next created record gets.
    var nextId = 1
    /// many2one field → target id → ids of the records pointing at it.
    private var reverse: [String: [Int: Set<Int>]] = [:]
    /// Stored field → value → ids holding it, for the fields searched by key so far (built on
    /// first use, kept up to date by ``put(_:_:many2ones:)``).
    private var valueIndexes: [String: [OdooValue: Set<Int>]] = [:]

    /// Inserts, replaces (`row` non-nil) or deletes (`row` nil) the record `id`.
    mutating func put(_ id: Int, _ row: [String: OdooValue]?, many2ones: [String]) {
        let old = rows[id]
        for field in many2ones {
            let before = old?[field]?.intValue
            let after = row?[field]?.intValue
            guard before != after else { continue }
            if let before { reverse[field, default: [:]][before]?.remove(id) }
            if let after { reverse[field, default: [:]][after, default: []].insert(id) }
        }
        // Iterate over a copy of the keys only: iterating `valueIndexes` itself would keep its
        // storage shared while the loop mutates it, copying every index on every write.
        for field in Array(valueIndexes.keys) {
            let before = old?[field]
            let after = row?[field]
            guard before != after else { continue }
            if let before { valueIndexes[field]?[before]?.remove(id) }
            if let after { valueIndexes[field, default: [:]][after, default: []].insert(id) }
        }
        if let row {
            if old == nil {
                if let last = ids.last, last > id {
                    ids.insert(id, at: ids.firstIndex { $0 > id } ?? ids.count)
                } else {
                    ids.append(id)
                }
                nextId = max(nextId, id + 1)
            }
            rows[id] = row
        } else if old != nil {
            rows[id] = nil
            if let index = binarySearch(id) { ids.remove(at: index) }
        }
    }

    /// Ids of the records whose stored `field` holds exactly `value`, ascending (indexes the
    /// field on first use).
    mutating func ids(where field: String, equals value: OdooValue) -> [Int] {
        if valueIndexes[field] == nil {
            var index: [OdooValue: Set<Int>] = [:]
            for (id, row) in rows { if let stored = row[field] { index[stored, default: []].insert(id) } }
            valueIndexes[field] = index
        }
        return (valueIndexes[field]?[value] ?? []).sorted()
    }

    /// Ids of the records whose many2one `field` holds `target`, ascending.
    func referencing(_ field: String, _ target: Int) -> [Int] {
        (reverse[field]?[target] ?? []).sorted()
    }

    private func binarySearch(_ id: Int) -> Int? {
        var low = 0
        var high = ids.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if ids[mid] == id { return mid }
            if ids[mid] < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
