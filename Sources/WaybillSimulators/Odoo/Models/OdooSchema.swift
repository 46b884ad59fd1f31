/// Every model the simulator knows, for one Odoo version.
enum OdooSchema {
    /// The models of `version`, with the base ORM methods available on each.
    static func models(_ version: OdooVersion) -> [OdooModel] {
        OdooBaseModels.all() + OdooProductModels.all(version) + OdooStockModels.all() + OdooSaleModels.all()
            + OdooPurchaseModels.all() + OdooAccountModels.all()
    }
}
