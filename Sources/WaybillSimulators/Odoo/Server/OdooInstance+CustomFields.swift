import Foundation

extension OdooInstance {
    /// Adds a custom (`x_`) field to `model`, as an administrator does in Settings → Technical →
    /// Fields or with Studio before installing an integration. `relation` is the comodel of a
    /// `many2one`. Existing rows read the field as empty. Replaces a field of the same name.
    public func addCustomField(model: String, name: String, type: OdooFieldType, relation: String? = nil) throws {
        guard name.hasPrefix("x_") else { throw OdooError.user("Custom fields must start with x_ (got \(name))") }
        try withDatabase { database in
            _ = try database.model(model)
            database.addField(OdooField(name, type, relation: relation), to: model)
        }
    }
}
