import Foundation

/// Line and order amounts: subtotal = qty × price × (1 − discount%), taxes as percentages, rounded to cents.
enum OdooAmounts {
    /// (untaxed, tax) of one line.
    static func line(_ database: OdooDatabase, model: String, _ id: Int, qtyField: String, taxField: String) -> (Double, Double) {
        guard let row = database.row(model, id) else { return (0, 0) }
        let quantity = row[qtyField]?.doubleValue ?? 0
        let price = row["price_unit"]?.doubleValue ?? 0
        let discount = row["discount"]?.doubleValue ?? 0
        let subtotal = round2(quantity * price * (1 - discount / 100))
        var tax = 0.0
        for taxId in row[taxField]?.intArray ?? [] {
            guard let taxRow = database.row("account.tax", taxId) else { continue }
            let amount = taxRow["amount"]?.doubleValue ?? 0
            tax += taxRow["amount_type"] == "fixed" ? amount * quantity : subtotal * amount / 100
        }
        return (subtotal, round2(tax))
    }

    /// (untaxed, tax) summed over the lines of an order or invoice.
    static func total(
        _ database: OdooDatabase, lineModel: String, inverse: String, _ id: Int, qtyField: String, taxField: String
    ) -> (Double, Double) {
        database.referencing(lineModel, inverse, id).reduce((0.0, 0.0)) { sum, line in
            let (untaxed, tax) = self.line(database, model: lineModel, line, qtyField: qtyField, taxField: taxField)
            return (sum.0 + untaxed, sum.1 + tax)
        }
    }

    /// The computed amount fields of an order-like model.
    static func orderFields(lineModel: String, inverse: String, qtyField: String, taxField: String) -> [OdooField] {
        func amount(_ name: String, _ pick: @escaping @Sendable (Double, Double) -> Double) -> OdooField {
            .computed(name, .monetary) { database, id, _ in
                let (untaxed, tax) = total(database, lineModel: lineModel, inverse: inverse, id, qtyField: qtyField, taxField: taxField)
                return .double(round2(pick(untaxed, tax)))
            }
        }
        return [amount("amount_untaxed") { untaxed, _ in untaxed }, amount("amount_tax") { _, tax in tax },
                amount("amount_total") { untaxed, tax in untaxed + tax }]
    }

    /// The computed amount fields of a line model.
    static func lineFields(model: String, qtyField: String, taxField: String) -> [OdooField] {
        [
            .computed("price_subtotal", .monetary) { database, id, _ in
                .double(line(database, model: model, id, qtyField: qtyField, taxField: taxField).0)
            },
            .computed("price_tax", .float) { database, id, _ in
                .double(line(database, model: model, id, qtyField: qtyField, taxField: taxField).1)
            },
            .computed("price_total", .monetary) { database, id, _ in
                let (untaxed, tax) = line(database, model: model, id, qtyField: qtyField, taxField: taxField)
                return .double(round2(untaxed + tax))
            },
        ]
    }

    static func round2(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
