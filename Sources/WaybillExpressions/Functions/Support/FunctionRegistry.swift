/// The functions an expression may call, by name.
public struct FunctionRegistry: Sendable {
    /// Definitions by name.
    public private(set) var definitions: [String: FunctionDefinition]

    /// Creates a registry from definitions (a later duplicate name replaces an earlier one).
    public init(_ definitions: [FunctionDefinition]) {
        var byName: [String: FunctionDefinition] = [:]
        for definition in definitions { byName[definition.name] = definition }
        self.definitions = byName
    }

    /// The definition called `name`.
    public subscript(name: String) -> FunctionDefinition? { definitions[name] }

    /// Adds or replaces a function.
    public mutating func register(_ definition: FunctionDefinition) {
        definitions[definition.name] = definition
    }

    /// Every function of the language.
    public static let standard = FunctionRegistry(StandardFunctions.all)
}
