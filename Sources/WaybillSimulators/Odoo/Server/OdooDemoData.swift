/// Demo records: a company, two warehouses with locations, products with stock, customers, orders, transfers.
enum OdooDemoData {
    /// Products: (default_code, name, kg, list price, cost, barcode, WH qty, WH2 qty).
    static let products: [(String, String, Double, Double, Double, String, Double, Double)] = [
        ("FURN_0096", "Customizable Desk", 22.5, 750, 500, "601647855631", 40, 10),
        ("FURN_0269", "Office Chair Black", 9.8, 120.5, 80, "601647855632", 25, 0),
        ("FURN_1118", "Corner Desk Right Sit", 18.0, 147, 85, "601647855633", 12, 6),
        ("FURN_5555", "Cable Management Box", 0.6, 100, 42, "601647855634", 150, 60),
        ("FURN_6666", "Acoustic Bloc Screens", 4.2, 295, 180, "601647855635", 8, 0),
        ("FURN_7777", "Office Lamp", 1.4, 40, 18, "601647855636", 75, 30),
        ("FURN_7800", "Desk Combination", 31.0, 450, 300, "601647855637", 5, 5),
        ("FURN_8220", "Four Person Desk", 48.0, 2350, 1700, "601647855638", 2, 0),
        ("FURN_8888", "Storage Box", 2.3, 15.8, 6, "601647855639", 300, 120),
        ("FURN_9001", "Flipover", 7.5, 1950, 1100, "601647855640", 0, 3),
    ]

    /// Fills an empty database; ids are stable (the admin user is uid 2, WH is warehouse 1).
    static func seed(_ database: OdooDatabase, credentials: OdooCredentials) throws {
        let usd = try database.create("res.currency", ["name": "USD", "symbol": "$"])
        let us = try database.create("res.country", ["name": "United States", "code": "US"])
        let california = try database.create("res.country.state", ["name": "California", "code": "CA", "country_id": .int(us)])
        let companyPartner = try database.create("res.partner", [
            "name": "Waybill Demo Co", "is_company": true, "email": "info@waybill.example", "street": "250 Executive Park Blvd",
            "city": "San Francisco", "zip": "94134", "state_id": .int(california), "country_id": .int(us),
        ])
        let company = try database.create("res.company", ["name": "Waybill Demo Co", "partner_id": .int(companyPartner), "currency_id": .int(usd)])
        database.touch("res.partner", companyPartner, ["company_id": .int(company)])
        let botPartner = try database.create("res.partner", ["name": "OdooBot", "email": "odoobot@example.com"])
        _ = try database.create("res.users", ["name": "OdooBot", "login": "__system__", "partner_id": .int(botPartner), "active": false])
        let adminPartner = try database.create("res.partner", ["name": "Mitchell Admin", "email": "admin@waybill.example"])
        _ = try database.create("res.users", [
            "name": "Mitchell Admin", "login": .string(credentials.login), "partner_id": .int(adminPartner),
            "company_id": .int(company), "tz": "Europe/Brussels", "lang": "en_US",
        ])
        let locations = try OdooDemoStock.seedLocations(database, company: company)
        try OdooDemoStock.seedProducts(database, locations: locations)
        let customers = try seedPartners(database, us: us, california: california)
        try OdooDemoOrders.seed(database, customers: customers, locations: locations)
    }

    /// Customers and a vendor; returns (customers, vendor).
    private static func seedPartners(_ database: OdooDatabase, us: Int, california: Int) throws -> OdooDemoPartners {
        let deco = try database.create("res.partner", [
            "name": "Deco Addict", "is_company": true, "email": "deco.addict82@example.com", "phone": "(603)-996-3829",
            "street": "77 Santa Barbara Rd", "city": "Pleasant Hill", "zip": "94523", "state_id": .int(california),
            "country_id": .int(us), "ref": "C-0001",
        ])
        let azure = try database.create("res.partner", [
            "name": "Azure Interior", "is_company": true, "email": "azure.Interior24@example.com", "phone": "(870)-931-0505",
            "street": "4557 De Silva St", "city": "Fremont", "zip": "94538", "state_id": .int(california), "country_id": .int(us),
        ])
        let brandon = try database.create("res.partner", [
            "name": "Brandon Freeman", "parent_id": .int(azure), "email": "brandon.freeman55@example.com",
            "type": "delivery", "street": "4557 De Silva St", "city": "Fremont", "zip": "94538", "country_id": .int(us),
        ])
        let gemini = try database.create("res.partner", [
            "name": "Gemini Furniture", "is_company": true, "email": "gemini.furniture39@example.com",
            "street": "317 Fairchild Dr", "city": "Fairfield", "zip": "94535", "country_id": .int(us),
        ])
        let archived = try database.create("res.partner", ["name": "Old Customer", "email": "old@example.com", "active": false])
        let vendor = try database.create("res.partner", [
            "name": "Wood Corner", "is_company": true, "email": "wood.corner26@example.com", "city": "Turlock", "country_id": .int(us),
        ])
        _ = archived
        return OdooDemoPartners(deco: deco, azure: azure, brandon: brandon, gemini: gemini, vendor: vendor)
    }
}

/// Ids of the demo partners the orders use.
struct OdooDemoPartners {
    let deco: Int
    let azure: Int
    let brandon: Int
    let gemini: Int
    let vendor: Int
}
