/// One function of the expression language: its signature (for the type checker), its doc,
/// its examples (each one runs as a test) and its implementation.
public struct FunctionDefinition: Sendable {
    /// The name used in calls.
    public let name: String
    /// One-sentence description, shown in docs.
    public let summary: String
    /// Declared parameters, in order.
    public let parameters: [FunctionParameter]
    /// Whether the last parameter may repeat (e.g. `concat(a, b, c, …)`).
    public let isVariadic: Bool
    /// Examples `(expression, expected result)`, evaluated by the test suite.
    public let examples: [FunctionExample]
    /// Computes the result type from the argument types (a lambda argument counts as its body's type),
    /// or reports a bad argument.
    public let typing: @Sendable ([ExprType]) -> FunctionTyping
    /// Validates a literal argument at compile time (unit names, zones, modes), if the function cares.
    public let checkConstant: (@Sendable (_ index: Int, _ value: Value) -> ConstantProblem?)?
    /// The behaviour.
    public let implementation: FunctionImplementation
    /// Whether the first argument names a lookup table of the environment (checked at compile time).
    public var readsTable = false

    /// Creates a definition.
    public init(name: String, summary: String, parameters: [FunctionParameter], isVariadic: Bool = false,
                examples: [FunctionExample], typing: @escaping @Sendable ([ExprType]) -> FunctionTyping,
                checkConstant: (@Sendable (Int, Value) -> ConstantProblem?)? = nil,
                implementation: FunctionImplementation) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.isVariadic = isVariadic
        self.examples = examples
        self.typing = typing
        self.checkConstant = checkConstant
        self.implementation = implementation
    }

    /// Creates a definition with a fixed result type.
    public init(name: String, summary: String, parameters: [FunctionParameter], isVariadic: Bool = false,
                returns: ExprType, examples: [FunctionExample],
                checkConstant: (@Sendable (Int, Value) -> ConstantProblem?)? = nil,
                implementation: FunctionImplementation) {
        self.init(name: name, summary: summary, parameters: parameters, isVariadic: isVariadic,
                  examples: examples, typing: { _ in .type(returns) }, checkConstant: checkConstant,
                  implementation: implementation)
    }

    /// The fewest arguments a call needs.
    public var minimumArity: Int { parameters.filter { !$0.isOptional }.count }

    /// The most arguments a call accepts (`nil` when variadic).
    public var maximumArity: Int? { isVariadic ? nil : parameters.count }

    /// The signature as shown in docs and messages, e.g. `pad_left(text: string, width: int, fill?: string) -> string`
    /// (the result type is computed for the declared parameter types; generic functions show `any`).
    public var signature: String {
        let list = parameters.map { p in
            "\(p.name)\(p.isOptional ? "?" : ""): \(p.lambdaArity > 0 ? "lambda" : p.type.description)"
        }
        var result = ExprType.any
        if case .type(let type) = typing(parameters.map(\.type)) { result = type }
        return "\(name)(\(list.joined(separator: ", "))\(isVariadic ? ", …" : "")) -> \(result)"
    }
}

/// A declared parameter.
public struct FunctionParameter: Sendable {
    /// Name shown in docs and messages.
    public let name: String
    /// Accepted type (for a lambda: the type its body must have; `any` = unconstrained).
    public let type: ExprType
    /// Whether the argument may be left out.
    public let isOptional: Bool
    /// For a lambda parameter: how many parameters the lambda takes (0 = not a lambda).
    public let lambdaArity: Int
    /// For a lambda parameter: the types of its parameters, given the types of the earlier arguments.
    public let lambdaParameterTypes: (@Sendable ([ExprType]) -> [ExprType])?

    /// A value parameter.
    public init(_ name: String, _ type: ExprType, optional: Bool = false) {
        self.name = name
        self.type = type
        self.isOptional = optional
        self.lambdaArity = 0
        self.lambdaParameterTypes = nil
    }

    /// A lambda parameter.
    public init(lambda name: String, returning type: ExprType, optional: Bool = false,
                parameterTypes: @escaping @Sendable ([ExprType]) -> [ExprType]) {
        self.name = name
        self.type = type
        self.isOptional = optional
        self.lambdaArity = 1
        self.lambdaParameterTypes = parameterTypes
    }
}

/// The outcome of typing a call.
public enum FunctionTyping: Sendable {
    /// The call is well typed and returns this type.
    case type(ExprType)
    /// Argument `index` is wrong, with a message.
    case badArgument(Int, String)
}

/// A problem with a literal argument, with an optional printable suggestion.
public struct ConstantProblem: Sendable {
    /// What is wrong.
    public let message: String
    /// A fix, e.g. "did you mean `lb`?".
    public let suggestion: String?

    /// Creates a problem.
    public init(_ message: String, suggestion: String? = nil) {
        self.message = message
        self.suggestion = suggestion
    }
}

/// How a function computes its result.
public enum FunctionImplementation: Sendable {
    /// From its argument values only.
    case pure(@Sendable (FunctionArguments) throws -> Value)
    /// From its argument values and the evaluation context (`now`, tables).
    case contextual(@Sendable (FunctionArguments, EvaluationContext) throws -> Value)
    /// With lambda arguments: the second parameter calls the lambda at an argument index with
    /// parameter values. Lambda positions hold `null` in the value list.
    case higherOrder(@Sendable (FunctionArguments, (Int, [Value]) throws -> Value) throws -> Value)
}

/// An example call and its expected result, evaluated by the test suite with no variables,
/// `now()` = 2024-03-10T10:30:00Z and a table `carriers` = {"ups": "UPS Ground", "fedex": "FedEx"}.
public struct FunctionExample: Sendable {
    /// What the example expects.
    public enum Expected: Sendable {
        /// This value.
        case value(Value)
        /// An evaluation error of this kind.
        case failure(EvaluationError.Kind)
    }

    /// The expression.
    public let source: String
    /// The expected outcome.
    public let expected: Expected

    /// An example returning `value`.
    public init(_ source: String, _ value: Value) {
        self.source = source
        self.expected = .value(value)
    }

    /// An example failing with `error`.
    public init(_ source: String, fails error: EvaluationError.Kind) {
        self.source = source
        self.expected = .failure(error)
    }
}
