/// The in-memory Odoo database: models, rows, the current transaction and its start time.
///
/// Not thread-safe by itself: `OdooServer` serialises access, one call (= one transaction) at a time.
final class OdooDatabase {
    typealias Row = [String: OdooValue]

    /// Model definitions by name.
    private(set) var models: [String: OdooModel]
    /// Stored rows by model name.
    private(set) var tables: [String: OdooTable] = [:]
    /// The simulated server version.
    var version: OdooVersion
    /// The user making the current call.
    var uid = 2
    /// Start time of the current transaction, `YYYY-MM-DD HH:MM:SS` (naive UTC).
    private(set) var transactionStart = "1970-01-01 00:00:00"
    /// Undo log of the open transaction: (model, id, row before the change).
    private var undoLog: [(String, Int, Row?)]?
    private var many2oneCache: [String: [String]] = [:]
    /// Counters of `ir.sequence`-like names (`WH/OUT/00001`), by prefix.
    var sequences: [String: Int] = [:]
    /// False while a hook writes related records, so hooks do not call each other back.
    var hooksEnabled = true

    /// A database with the given models and no rows.
    init(models: [OdooModel], version: OdooVersion) {
        self.models = Dictionary(models.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        self.version = version
    }

    /// The model named `name`, or the error Odoo raises for an unknown model.
    func model(_ name: String) throws -> OdooModel {
        guard let model = models[name] else { throw OdooError.user("Object \(name) doesn't exist") }
        return model
    }

    /// Adds or replaces a field of a model (used to seed custom `x_` fields).
    func addField(_ field: OdooField, to modelName: String) {
        models[modelName]?.add(field)
        many2oneCache[modelName] = nil
    }

    /// The stored row of `id`, or nil if it does not exist.
    func row(_ model: String, _ id: Int) -> Row? { tables[model]?.rows[id] }

    /// Ids of `model` whose stored `field` is exactly `value`, ascending (indexed).
    func ids(_ model: String, where field: String, equals value: OdooValue) -> [Int] {
        tables[model]?.ids(where: field, equals: value) ?? []
    }

    /// All ids of `model`, ascending.
    func allIds(_ model: String) -> [Int] { tables[model]?.ids ?? [] }

    /// Ids of `model` whose many2one `field` points at `target`.
    func referencing(_ model: String, _ field: String, _ target: Int) -> [Int] {
        tables[model]?.referencing(field, target) ?? []
    }

    /// Reserves the next id of `model`.
    func nextId(_ model: String) -> Int {
        let id = tables[model]?.nextId ?? 1
        tables[model, default: OdooTable()].nextId = id + 1
        return id
    }

    /// Stores (or deletes, with nil) a row, recording the change for rollback.
    func put(_ model: String, _ id: Int, _ row: Row?) {
        if undoLog != nil { undoLog?.append((model, id, tables[model]?.rows[id])) }
        tables[model, default: OdooTable()].put(id, row, many2ones: many2ones(of: model))
    }

    private func many2ones(of model: String) -> [String] {
        if let cached = many2oneCache[model] { return cached }
        let names = models[model]?.fieldOrder.filter { models[model]?.field($0)?.type == .many2one } ?? []
        many2oneCache[model] = names
        return names
    }

    /// The next name of the sequence `prefix`, zero-padded to `digits`: `WH/OUT/00001`.
    func nextName(_ prefix: String, digits: Int = 5) -> String {
        let number = (sequences[prefix] ?? 0) + 1
        sequences[prefix] = number
        let text = String(number)
        return prefix + String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Runs `body` with model hooks switched off (for hooks that write related records).
    func withoutHooks<T>(_ body: () throws -> T) rethrows -> T {
        let saved = hooksEnabled
        hooksEnabled = false
        defer { hooksEnabled = saved }
        return try body()
    }

    /// Runs `body` as one transaction started at `start`: all its changes are undone if it throws.
    func transaction<T>(start: String, uid: Int = 2, _ body: () throws -> T) rethrows -> T {
        let outer = undoLog
        transactionStart = start
        self.uid = uid
        undoLog = []
        do {
            let result = try body()
            undoLog = outer
            return result
        } catch {
            for (model, id, row) in (undoLog ?? []).reversed() {
                tables[model, default: OdooTable()].put(id, row, many2ones: many2ones(of: model))
            }
            undoLog = outer
            throw error
        }
    }
}
