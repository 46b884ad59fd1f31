import WaybillRules
import WaybillSimulators

/// The one-time Odoo setup an integrator does before the first run: the custom `x_` fields the
/// Odoo system file declares (docs/pairs lists them per pack) are created on the simulator.
enum SandboxOdooSetup {
    /// Creates every declared `x_` field that the simulated database lacks; returns how many were declared.
    @discardableResult
    static func createCustomFields(plan: Plan, odoo: OdooSimulator) throws -> Int {
        var declared = 0
        for system in plan.systems.values {
            for model in system.models.values {
                for (name, type) in model.fields where name.hasPrefix("x_") {
                    guard let odooType = odooType(type) else { continue }
                    try odoo.instance.addCustomField(model: model.name, name: name, type: odooType)
                    declared += 1
                }
            }
        }
        return declared
    }

    /// The Odoo field type for a rule-language type (relational custom fields are not created).
    static func odooType(_ type: FieldType) -> String? {
        switch type.nonOptional {
        case .string, .enumeration: "char"
        case .int: "integer"
        case .decimal: "float"
        case .bool: "boolean"
        case .date: "date"
        case .datetime, .naiveDateTime: "datetime"
        default: nil
        }
    }
}
