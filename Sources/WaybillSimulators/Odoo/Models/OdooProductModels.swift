/// product.template and product.product, kept in step, with stock quantities computed from quants.
enum OdooProductModels {
    /// Fields a variant shares with its template.
    static let shared = [
        "name", "default_code", "barcode", "weight", "volume", "list_price", "standard_price", "type",
        "is_storable", "active", "sale_ok", "purchase_ok", "description_sale", "categ_id",
    ]

    static func all(_ version: OdooVersion) -> [OdooModel] { [category(), template(version), product(version)] }

    static func category() -> OdooModel {
        OdooModel("product.category", "Product Category", fields: [.char("name", required: true)])
    }

    private static func common(_ version: OdooVersion) -> [OdooField] {
        var fields: [OdooField] = [
            .char("name", required: true), .char("default_code", "Internal Reference"), .char("barcode"),
            .float("weight"), .float("volume"), .float("list_price", "Sales Price"), .float("standard_price", "Cost"),
            .boolean("active", default: true), .boolean("sale_ok", default: true), .boolean("purchase_ok", default: true),
            .text("description_sale"), .many2one("categ_id", "product.category"),
        ]
        if version.major >= 18 {
            fields.append(.selection("type", ["consu", "service", "combo"], default: "consu"))
            fields.append(.boolean("is_storable"))
        } else {
            fields.append(.selection("type", ["consu", "service", "product"], default: "consu"))
        }
        return fields
    }

    static func template(_ version: OdooVersion) -> OdooModel {
        var model = OdooModel("product.template", "Product", fields: common(version) + [
            .one2many("product_variant_ids", "product.product", inverse: "product_tmpl_id"),
            .computed("qty_available", .float) { database, id, context in
                .double(variantsOf(database, id).reduce(0) { $0 + OdooStock.onHand(database, product: $1, context: context) })
            },
        ])
        model.defaultOrder = "name asc, id asc"
        model.afterCreate = { database, id, vals in
            guard database.referencing("product.product", "product_tmpl_id", id).isEmpty else { return }
            var variant = copyShared(vals)
            variant["product_tmpl_id"] = .int(id)
            try database.withoutHooks { _ = try database.create("product.product", variant) }
        }
        model.afterWrite = { database, ids, vals in
            let changes = copyShared(vals)
            guard !changes.isEmpty else { return }
            for id in ids {
                try database.withoutHooks { try database.write("product.product", variantsOf(database, id), changes) }
            }
        }
        return model
    }

    static func product(_ version: OdooVersion) -> OdooModel {
        var model = OdooModel("product.product", "Product Variant", fields: common(version) + [
            .many2one("product_tmpl_id", "product.template"),
            .computed("lst_price", .float) { database, id, _ in database.row("product.product", id)?["list_price"] ?? 0.0 },
            .computed("qty_available", .float) { database, id, context in
                .double(OdooStock.onHand(database, product: id, context: context))
            },
            .computed("free_qty", .float) { database, id, context in
                .double(OdooStock.onHand(database, product: id, context: context, free: true))
            },
            .computed("virtual_available", .float) { database, id, context in
                .double(OdooStock.forecast(database, product: id, context: context))
            },
        ])
        model.defaultOrder = "default_code asc, name asc, id asc"
        model.displayName = { database, id, _ in
            guard let row = database.row("product.product", id) else { return .bool(false) }
            let name = row["name"]?.stringValue ?? ""
            guard let code = row["default_code"]?.stringValue, !code.isEmpty else { return .string(name) }
            return .string("[\(code)] \(name)")
        }
        model.afterCreate = { database, id, vals in
            guard vals["product_tmpl_id"]?.intValue == nil else { return }
            let template = try database.withoutHooks { try database.create("product.template", copyShared(vals)) }
            database.touch("product.product", id, ["product_tmpl_id": .int(template)])
        }
        model.afterWrite = { database, ids, vals in
            let changes = copyShared(vals)
            guard !changes.isEmpty else { return }
            let templates = Set(ids.compactMap { database.row("product.product", $0)?["product_tmpl_id"]?.intValue })
            try database.withoutHooks { try database.write("product.template", templates.sorted(), changes) }
        }
        return model
    }

    static func variantsOf(_ database: OdooDatabase, _ template: Int) -> [Int] {
        database.referencing("product.product", "product_tmpl_id", template)
    }

    private static func copyShared(_ vals: OdooDict) -> OdooDict {
        var result = OdooDict()
        for (key, value) in vals where shared.contains(key) { result[key] = value }
        return result
    }
}
