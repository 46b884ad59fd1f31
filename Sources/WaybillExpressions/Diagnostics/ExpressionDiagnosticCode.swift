/// Every diagnostic code of the expression language. Codes are stable: never renumber or reuse one.
public enum ExpressionDiagnosticCode: String, Sendable, CaseIterable {
    /// A character that starts no token, e.g. `#` or `@`.
    case unexpectedCharacter = "X001"
    /// A string literal without its closing quote.
    case unterminatedString = "X002"
    /// A malformed number, e.g. `1.2.3` or an integer beyond 64 bits.
    case invalidNumber = "X003"
    /// A token where an expression was expected, e.g. `1 + * 2`.
    case expectedExpression = "X004"
    /// A specific token is missing, e.g. a closing `)`.
    case expectedToken = "X005"
    /// A name that is neither a variable nor a lambda parameter.
    case unknownVariable = "X006"
    /// A field that the object's type does not have.
    case unknownField = "X007"
    /// A call to a function that does not exist.
    case unknownFunction = "X008"
    /// Too few or too many arguments.
    case wrongArgumentCount = "X009"
    /// An argument of the wrong type.
    case argumentType = "X010"
    /// An operator applied to types it does not accept, or mismatched branches.
    case operatorType = "X011"
    /// A naive (zoneless) date-time mixed with a zoned one.
    case naiveZonedMix = "X012"
    /// The expression's type does not fit where its value goes (e.g. a string into a number field).
    case resultType = "X013"
    /// `lookup` names a table that is not declared.
    case unknownTable = "X014"
    /// A lambda where a value is needed, or a value where a lambda is needed.
    case lambdaMisuse = "X015"
    /// `.field` or `[index]` on a value that has no fields or elements.
    case notIndexable = "X016"
    /// `+` between strings: use `concat`.
    case stringPlus = "X017"
    /// A `${` in a template without its closing `}`.
    case unterminatedInterpolation = "X018"
    /// An unknown escape in a string literal, e.g. `\q`.
    case invalidEscape = "X019"
    /// An empty expression.
    case emptyExpression = "X020"
    /// A literal argument with an invalid value: unknown unit, time zone, rounding mode or format.
    case invalidConstant = "X021"
    /// An expression nested deeper than the parser accepts (guards the stack against hostile input).
    case tooDeep = "X022"
    /// `??` whose left side can never be null.
    case uselessCoalesce = "W001"

    /// Errors start with `X`, warnings with `W`.
    public var severity: ExpressionDiagnostic.Severity {
        rawValue.hasPrefix("W") ? .warning : .error
    }
}
