extension OdooInstance {
    /// Adds a custom field to a model, as an administrator does in Settings → Technical → Fields
    /// (or Studio): the name must start with `x_`, the type is an Odoo field type (`char`,
    /// `integer`, `float`, `monetary`, `boolean`, `date`, `datetime`, `text`). An existing field
    /// of that name is left as it is. Custom fields last until the next ``reset(version:seed:)``.
    public func addCustomField(model: String, name: String, type: String) throws {
        guard name.hasPrefix("x_") else { throw OdooError.value("Custom fields must have a name that starts with 'x_' !") }
        guard let fieldType = OdooFieldType(rawValue: type), !fieldType.isRelational else {
            throw OdooError.value("Unsupported custom field type \(type)")
        }
        try withDatabase { database in
            guard let definition = database.models[model] else { throw OdooError.user("Object \(model) doesn't exist") }
            if definition.field(name) == nil { database.addField(OdooField(name, fieldType), to: model) }
        }
    }
}
