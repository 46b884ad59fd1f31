/// A node of the expression syntax tree, with its span in Unicode scalar offsets.
struct Expr {
    enum UnaryOperator: String { case not = "!", negate = "-" }

    enum BinaryOperator: String {
        case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
        case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case and = "&&", or = "||", coalesce = "??", contains = "in"
    }

    /// A name with its own span (field names, parameters, function names).
    struct Name: Equatable {
        var text: String
        var range: Range<Int>
    }

    indirect enum Kind {
        case literal(Value)
        case variable(String)
        case member(Expr, Name)
        case index(Expr, Expr)
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case conditional(Expr, Expr, Expr)
        case call(Name, [Expr])
        case lambda([Name], Expr)
        case list([Expr])
        case object([(Name, Expr)])
        /// Placeholder after a syntax error, so checking can continue.
        case invalid
    }

    var kind: Kind
    var range: Range<Int>
}
