/// Finds and runs a public method of a model, the way `odoo.service.model.execute_kw` does.
enum OdooDispatcher {
    /// The method `name` of `model`: its own, else a base ORM method; private names are refused.
    static func method(_ name: String, of model: OdooModel) throws -> OdooMethod {
        if name.hasPrefix("_") {
            throw OdooError(.accessError, "Private methods (such as '\(name)') cannot be called remotely.")
        }
        if let own = model.methods[name] { return own }
        if let base = OdooBaseMethods.all[name] {
            if name == "message_post" && !messagingModels.contains(model.name) {
                throw OdooError(.attributeError, "The method '\(name)' does not exist on the model '\(model.name)'")
            }
            return base
        }
        throw OdooError(.attributeError, "The method '\(name)' does not exist on the model '\(model.name)'")
    }

    /// Models that inherit `mail.thread` (have a chatter).
    static let messagingModels: Set<String> = [
        "res.partner", "product.template", "product.product", "stock.picking", "sale.order", "purchase.order", "account.move",
    ]

    /// `execute_kw(model, method, args, kwargs)`: record ids come from `args[0]` for record methods.
    static func executeKw(
        _ database: OdooDatabase, model modelName: String, method methodName: String, args: [OdooValue], kwargs: OdooDict
    ) throws -> OdooValue {
        let model = try database.model(modelName)
        let method = try method(methodName, of: model)
        var positional = args
        var ids: [Int] = []
        if method.onRecords {
            guard let first = positional.first else {
                throw OdooError.type("\(methodName)() missing 1 required positional argument: 'self'")
            }
            positional.removeFirst()
            ids = try idList(first)
        }
        let context = kwargs["context"]?.dictValue ?? OdooDict()
        let bound = try method.bind(positional: positional, keywords: kwargs)
        return try method.body(database, OdooCall(model: modelName, ids: ids, arguments: bound, context: context))
    }

    /// A JSON-2 call: `ids` and named arguments; `ids` on an `@api.model` method is refused (422).
    static func callNamed(
        _ database: OdooDatabase, model: OdooModel, method: OdooMethod, ids: [Int]?, arguments: OdooDict, context: OdooDict
    ) throws -> OdooValue {
        let bound = try method.bind(positional: [], keywords: arguments)
        return try method.body(database, OdooCall(model: model.name, ids: ids ?? [], arguments: bound, context: context))
    }

    /// `5` or `[5, 6]` as a list of ids.
    static func idList(_ value: OdooValue) throws -> [Int] {
        if let single = value.intValue { return [single] }
        if value == .bool(false) || value == .none { return [] }
        guard let ids = value.intArray else { throw OdooError.value("Invalid record ids: \(OdooJSONWriter.write(value))") }
        return ids
    }
}
