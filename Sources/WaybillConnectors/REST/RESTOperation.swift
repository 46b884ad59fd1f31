/// One resource operation of a REST system, as the system file declares it.
///
/// `path` is a template such as `/orders/{id}`; `{name}` placeholders (also allowed in
/// query values) are filled from the values passed at call time.
public struct RESTOperation: Sendable, Hashable {
    /// The method.
    public var method: HTTPMethod
    /// Path template relative to the system's base URL.
    public var path: String
    /// Fixed query parameters (values may hold `{name}` placeholders).
    public var query: [(name: String, value: String)]
    /// Extra headers for this operation.
    public var headers: HTTPHeaders
    /// Where the record(s) sit in the response body (root when `nil` or empty).
    public var recordsPath: JSONPath
    /// How a list is paged.
    public var pagination: PaginationStyle

    /// An operation.
    public init(
        method: HTTPMethod, path: String, query: [(name: String, value: String)] = [], headers: HTTPHeaders = [:],
        recordsPath: JSONPath = .root, pagination: PaginationStyle = .none
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.recordsPath = recordsPath
        self.pagination = pagination
    }

    /// Equal when every field is equal.
    public static func == (lhs: RESTOperation, rhs: RESTOperation) -> Bool {
        lhs.method == rhs.method && lhs.path == rhs.path && lhs.headers == rhs.headers
            && lhs.recordsPath == rhs.recordsPath && lhs.pagination == rhs.pagination
            && lhs.query.elementsEqual(rhs.query) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Hashes the fields.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(path)
        for item in query {
            hasher.combine(item.name)
            hasher.combine(item.value)
        }
        hasher.combine(recordsPath)
        hasher.combine(pagination)
    }
}
