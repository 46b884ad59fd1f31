import WaybillExpressions
import WaybillRules

extension RESTSystemClient {
    /// The query parameters of an operation for the `=` conditions of a domain: a condition on a
    /// field that an engine-supplied parameter declares (`{ param: true, field: sku }`) is sent
    /// under the parameter's name (`SKU=…`); any other under the field's own name. Nothing is
    /// sent when the domain ORs or negates (the whole domain is always checked on the answer).
    func filterParameters(_ resourceName: String, _ operationName: String, _ conditions: [Condition]) -> [(String, String)] {
        guard !conditions.contains(where: \.isPrefixOperator) else { return [] }
        let declared = definition.resources[resourceName]?.operations[operationName]?.query ?? []
        return conditions.filter { $0.op == "=" }.map { condition in
            let name = declared.first { $0.value == nil && $0.field == condition.field }?.name ?? condition.field
            return (name, condition.value.text ?? "")
        }
    }
}
