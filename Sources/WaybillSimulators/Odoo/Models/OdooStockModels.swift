/// stock.warehouse, stock.location, stock.picking.type, stock.quant, delivery.carrier.
enum OdooStockModels {
    static func all() -> [OdooModel] {
        [warehouse(), location(), pickingType(), quant(), carrier(), lot(), package(), OdooPickingModel.picking(), OdooPickingModel.move()]
    }

    static func warehouse() -> OdooModel {
        OdooModel("stock.warehouse", "Warehouse", fields: [
            .char("name", required: true), .char("code", "Short Name", required: true),
            .many2one("lot_stock_id", "stock.location"), .many2one("view_location_id", "stock.location"),
            .many2one("company_id", "res.company"), .many2one("partner_id", "res.partner"),
            .boolean("active", default: true),
        ])
    }

    static func location() -> OdooModel {
        var model = OdooModel("stock.location", "Inventory Locations", fields: [
            .char("name", required: true), .many2one("location_id", "stock.location"),
            .one2many("child_ids", "stock.location", inverse: "location_id"),
            .selection("usage", ["supplier", "view", "internal", "customer", "inventory", "production", "transit"], default: "internal"),
            .many2one("warehouse_id", "stock.warehouse"), .many2one("company_id", "res.company"),
            .boolean("active", default: true), .char("barcode"),
            .computed("complete_name", .char) { database, id, _ in .string(database.displayName(model: "stock.location", id: id)) },
        ])
        model.parentField = "location_id"
        model.defaultOrder = "complete_name asc, id asc"
        model.displayName = { database, id, _ in .string(completeName(database, id, depth: 0)) }
        return model
    }

    /// `WH/Stock`: the parent's complete name joined with the own name, except for view locations.
    private static func completeName(_ database: OdooDatabase, _ id: Int, depth: Int) -> String {
        guard let row = database.row("stock.location", id) else { return "" }
        let name = row["name"]?.stringValue ?? ""
        guard let parent = row["location_id"]?.intValue, row["usage"] != "view", depth < 32 else { return name }
        return completeName(database, parent, depth: depth + 1) + "/" + name
    }

    static func pickingType() -> OdooModel {
        OdooModel("stock.picking.type", "Picking Type", fields: [
            .char("name", required: true), .selection("code", ["incoming", "outgoing", "internal"], default: "internal"),
            .char("sequence_code"), .many2one("warehouse_id", "stock.warehouse"),
            .many2one("default_location_src_id", "stock.location"), .many2one("default_location_dest_id", "stock.location"),
            .boolean("active", default: true),
        ])
    }

    static func quant() -> OdooModel {
        var model = OdooModel("stock.quant", "Quants", fields: [
            .many2one("product_id", "product.product", required: true), .many2one("location_id", "stock.location", required: true),
            .float("quantity"), .float("reserved_quantity"), .float("inventory_quantity", "Counted Quantity"),
            .boolean("inventory_quantity_set"), .many2one("lot_id", "stock.lot"), .many2one("package_id", "stock.quant.package"),
            .many2one("warehouse_id", "stock.warehouse"),
            .computed("available_quantity", .float) { database, id, _ in
                let row = database.row("stock.quant", id)
                return .double((row?["quantity"]?.doubleValue ?? 0) - (row?["reserved_quantity"]?.doubleValue ?? 0))
            },
        ])
        model.recName = "product_id"
        model.displayName = { database, id, _ in
            guard let product = database.row("stock.quant", id)?["product_id"]?.intValue else { return .bool(false) }
            return .string(database.displayName(model: "product.product", id: product))
        }
        model.afterCreate = { database, id, vals in
            if vals["inventory_quantity"] != nil { database.touch("stock.quant", id, ["inventory_quantity_set": true]) }
        }
        model.add(OdooMethod("action_apply_inventory", onRecords: true) { database, call in
            for id in call.ids {
                guard let row = database.row("stock.quant", id) else { throw OdooError.missing(model: "stock.quant", ids: [id]) }
                let counted = row["inventory_quantity"]?.doubleValue ?? 0
                database.touch("stock.quant", id, ["quantity": .double(counted), "inventory_quantity": 0.0, "inventory_quantity_set": false])
            }
            return .bool(false)
        })
        return model
    }

    static func carrier() -> OdooModel {
        OdooModel("delivery.carrier", "Shipping Methods", fields: [
            .char("name", required: true), .selection("delivery_type", ["fixed", "base_on_rule"], default: "fixed"),
            .boolean("active", default: true),
        ])
    }

    static func lot() -> OdooModel {
        OdooModel("stock.lot", "Lot/Serial", fields: [.char("name", required: true), .many2one("product_id", "product.product")])
    }

    static func package() -> OdooModel {
        OdooModel("stock.quant.package", "Packages", fields: [.char("name", required: true)])
    }
}
