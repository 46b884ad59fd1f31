/// A checked expression: each node knows its type, names are resolved to roots, lambda slots or
/// function definitions. The compiler turns it into closures.
struct TypedExpr {
    indirect enum Node {
        case literal(Value)
        case root(String)
        case local(Int)
        case member(TypedExpr, String)
        case index(TypedExpr, TypedExpr)
        case unary(Expr.UnaryOperator, TypedExpr)
        case binary(Expr.BinaryOperator, TypedExpr, TypedExpr)
        case conditional(TypedExpr, TypedExpr, TypedExpr)
        case call(FunctionDefinition, [Argument])
        case list([TypedExpr])
        case object([(String, TypedExpr)])
        /// Converts the JSON representation of the inner value to the declared type.
        case coerce(TypedExpr, ExprType)
        case invalid
    }

    /// A call argument: a value, or a lambda whose parameters live in the given slots.
    enum Argument {
        case value(TypedExpr)
        case lambda(slots: [Int], body: TypedExpr)
    }

    var node: Node
    var type: ExprType
    var range: Range<Int>

    static func invalid(_ range: Range<Int>) -> TypedExpr {
        TypedExpr(node: .invalid, type: .any, range: range)
    }

    /// The literal value, when the node is a constant.
    var constant: Value? {
        if case .literal(let value) = node { return value }
        return nil
    }
}
