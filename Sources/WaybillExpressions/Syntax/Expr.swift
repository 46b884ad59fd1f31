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
    /// Height of the tree below and including this node (a literal is 1).
    var depth: Int

    init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
        self.depth = 1 + kind.children.reduce(0) { Swift.max($0, $1.depth) }
    }
}

extension Expr.Kind {
    /// The direct sub-expressions.
    var children: [Expr] {
        switch self {
        case .literal, .variable, .invalid: return []
        case .member(let base, _): return [base]
        case .index(let base, let index): return [base, index]
        case .unary(_, let operand): return [operand]
        case .binary(_, let l, let r): return [l, r]
        case .conditional(let c, let t, let e): return [c, t, e]
        case .call(_, let args): return args
        case .lambda(_, let body): return [body]
        case .list(let items): return items
        case .object(let fields): return fields.map(\.1)
        }
    }
}
