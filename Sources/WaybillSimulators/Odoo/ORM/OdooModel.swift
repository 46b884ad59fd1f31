/// The definition of one model: its fields, default order, display name and public methods.
struct OdooModel: Sendable {
    /// Technical name (`stock.picking`).
    let name: String
    /// Label (`_description`).
    var description: String
    /// Fields by name.
    private(set) var fields: [String: OdooField] = [:]
    /// Field names in declaration order.
    private(set) var fieldOrder: [String] = []
    /// `_order`.
    var defaultOrder = "id"
    /// `_rec_name`: the field shown as the display name.
    var recName = "name"
    /// The hierarchy field for `child_of` / `parent_of` (`parent_id`, `location_id`).
    var parentField: String?
    /// Custom display name, when `recName` alone is not enough.
    var displayName: OdooCompute?
    /// Model-specific public methods.
    var methods: [String: OdooMethod] = [:]
    /// Runs after a record is created (like an overridden `create`), e.g. to fill a sequence name.
    var afterCreate: (@Sendable (OdooDatabase, Int, OdooDict) throws -> Void)?
    /// Runs after records are written (like an overridden `write`).
    var afterWrite: (@Sendable (OdooDatabase, [Int], OdooDict) throws -> Void)?

    /// A model with the magic fields every Odoo model has.
    init(_ name: String, _ description: String, fields: [OdooField]) {
        self.name = name
        self.description = description
        add(OdooField("id", .integer, "ID"))
        for field in fields { add(field) }
        add(.computed("display_name", .char) { database, id, _ in
            .string(database.displayName(model: name, id: id))
        })
        add(.many2one("create_uid", "res.users"))
        add(.datetime("create_date"))
        add(.many2one("write_uid", "res.users"))
        add(.datetime("write_date"))
    }

    /// Adds or replaces a field.
    mutating func add(_ field: OdooField) {
        if fields.updateValue(field, forKey: field.name) == nil { fieldOrder.append(field.name) }
    }

    /// Adds a public method.
    mutating func add(_ method: OdooMethod) { methods[method.name] = method }

    /// The field named `name`, if any.
    func field(_ name: String) -> OdooField? { fields[name] }

    /// True if the model has an `active` field (archived records are hidden from searches).
    var hasActive: Bool { fields["active"] != nil }
}
