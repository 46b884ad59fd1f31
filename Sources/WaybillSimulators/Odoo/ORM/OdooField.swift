/// Computes a non-stored field of one record: (database, record id, context) → value.
typealias OdooCompute = @Sendable (OdooDatabase, Int, OdooDict) -> OdooValue

/// The definition of one field of a model.
struct OdooField: Sendable {
    /// Technical name (`default_code`).
    let name: String
    /// Field type.
    let type: OdooFieldType
    /// Label (`string` attribute).
    var string: String
    /// Comodel of a relational field.
    var relation: String?
    /// The many2one on the comodel that a one2many mirrors.
    var inverseName: String?
    /// Allowed values of a selection field, as (value, label).
    var selection: [(String, String)] = []
    /// Required on create.
    var required = false
    /// Read-only in the UI (still writable over RPC, as in Odoo).
    var readonly = false
    /// Static default on create.
    var defaultValue: OdooValue?
    /// Computed (not stored) value.
    var compute: OdooCompute?
    /// Help text.
    var help: String?
    /// For a one2many: delete the children with the parent (else their many2one is emptied,
    /// unless it is required, which also deletes them, like `ondelete='cascade'`).
    var cascade = false

    /// True if the value lives in the row (not computed, not a one2many).
    var isStored: Bool { compute == nil && type != .one2many }

    init(_ name: String, _ type: OdooFieldType, _ string: String? = nil, relation: String? = nil) {
        self.name = name
        self.type = type
        self.string = string ?? OdooField.label(for: name)
        self.relation = relation
    }

    /// `carrier_tracking_ref` → `Carrier Tracking Ref`.
    static func label(for name: String) -> String {
        name.split(separator: "_").filter { $0 != "id" && $0 != "ids" && $0 != "x" }
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

extension OdooField {
    static func char(_ name: String, _ string: String? = nil, required: Bool = false) -> OdooField {
        var field = OdooField(name, .char, string)
        field.required = required
        return field
    }
    static func text(_ name: String) -> OdooField { OdooField(name, .text) }
    static func integer(_ name: String, default value: Int? = nil) -> OdooField {
        var field = OdooField(name, .integer)
        field.defaultValue = value.map { .int($0) }
        return field
    }
    static func float(_ name: String, _ string: String? = nil) -> OdooField { OdooField(name, .float, string) }
    static func monetary(_ name: String) -> OdooField { OdooField(name, .monetary) }
    static func boolean(_ name: String, default value: Bool = false) -> OdooField {
        var field = OdooField(name, .boolean)
        field.defaultValue = .bool(value)
        return field
    }
    static func date(_ name: String, _ string: String? = nil) -> OdooField { OdooField(name, .date, string) }
    static func datetime(_ name: String, _ string: String? = nil) -> OdooField { OdooField(name, .datetime, string) }
    static func binary(_ name: String) -> OdooField { OdooField(name, .binary) }
    static func selection(_ name: String, _ options: [String], default value: String? = nil) -> OdooField {
        var field = OdooField(name, .selection)
        field.selection = options.map { ($0, OdooField.label(for: $0)) }
        field.defaultValue = value.map { .string($0) }
        return field
    }
    static func many2one(_ name: String, _ relation: String, required: Bool = false) -> OdooField {
        var field = OdooField(name, .many2one, relation: relation)
        field.required = required
        return field
    }
    static func one2many(_ name: String, _ relation: String, inverse: String, cascade: Bool = false) -> OdooField {
        var field = OdooField(name, .one2many, relation: relation)
        field.inverseName = inverse
        field.cascade = cascade
        return field
    }
    static func many2many(_ name: String, _ relation: String) -> OdooField {
        OdooField(name, .many2many, relation: relation)
    }
    static func computed(_ name: String, _ type: OdooFieldType, relation: String? = nil, _ compute: @escaping OdooCompute)
        -> OdooField
    {
        var field = OdooField(name, type, relation: relation)
        field.compute = compute
        field.readonly = true
        return field
    }
}
