/// A REST resource: its endpoints and field schema.
public struct ResourceDefinition: Sendable {
    /// The resource name.
    public var name: String
    /// The identity field of a record.
    public var idField: String?
    /// Body path of the records in a list response (`.` = root).
    public var records: String?
    /// Whether records change after creation (cursors on `id` are then a warning).
    public var mutable: Bool
    /// Operations by name (`list`, `get`, `create`, `update`, `upsert`, `delete` or custom).
    public var operations: [String: OperationDefinition]
    /// Field schema.
    public var fields: [String: FieldType]
    /// Where it is declared.
    public var location: SourceLocation
}

/// One HTTP endpoint of a resource.
public struct OperationDefinition: Sendable {
    /// HTTP method.
    public var method: HTTPMethod
    /// Path template: `{field}` is filled from the record or the match.
    public var path: String
    /// Query parameters.
    public var query: [QueryParameter]
    /// Body path of the records in this operation's response (overrides the resource's).
    public var records: String?
    /// Body key wrapping the written record (`{ "product": {…} }`).
    public var bodyKey: String?
    /// Pagination override.
    public var pagination: Pagination?
    /// The operation replaces the whole record (a `PUT` of the full object): the engine reads the
    /// record with the resource's `get` first and sends it with the mapped fields laid over it.
    public var replaces: Bool = false
}

/// A query parameter of an operation.
public struct QueryParameter: Sendable {
    /// The parameter name.
    public var name: String
    /// A fixed template value, or nil for an engine-supplied parameter (`{ param: true }`, e.g. a cursor).
    public var value: RuleExpression?
    /// The record field a `match`/`where` condition fills this parameter from (`{ param: true, field: sku }`).
    public var field: String? = nil
}

/// HTTP methods.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable, Codable {
    /// GET.
    case GET
    /// POST.
    case POST
    /// PUT.
    case PUT
    /// PATCH.
    case PATCH
    /// DELETE.
    case DELETE
}

/// An Odoo model: fields and callable workflow methods.
public struct ModelDefinition: Sendable {
    /// The model name (`stock.picking`).
    public var name: String
    /// Whether records change after creation (default true).
    public var mutable: Bool
    /// Field schema, including the implicit `id`, `display_name`, `create_date`, `write_date`.
    public var fields: [String: FieldType]
    /// Methods flows may `call`.
    public var methods: [String]
    /// Where it is declared.
    public var location: SourceLocation
}
