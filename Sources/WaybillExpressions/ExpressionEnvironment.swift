/// Everything an expression may refer to at compile time.
public struct ExpressionEnvironment: Sendable {
    /// Root names and their types (record fields, `group`, …).
    public var variables: [String: ExprType]
    /// Tables `lookup()` may read, with their key and value types.
    public var tables: [String: LookupTableType]
    /// Callable functions.
    public var functions: FunctionRegistry

    /// Creates an environment.
    public init(variables: [String: ExprType] = [:], tables: [String: LookupTableType] = [:],
                functions: FunctionRegistry = .standard) {
        self.variables = variables
        self.tables = tables
        self.functions = functions
    }
}
