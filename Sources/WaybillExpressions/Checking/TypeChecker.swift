/// Resolves names and computes types, collecting every diagnostic.
struct TypeChecker {
    let environment: ExpressionEnvironment
    private(set) var diagnostics: [ExpressionDiagnostic] = []
    /// Lambda parameters in scope, innermost last: name, type, slot.
    private var scope: [(name: String, type: ExprType, slot: Int)] = []
    /// Slots used so far (the frame allocates this many).
    private(set) var slotCount = 0

    init(environment: ExpressionEnvironment) { self.environment = environment }

    mutating func report(_ code: ExpressionDiagnosticCode, _ message: String, at range: Range<Int>,
                         suggestion: String? = nil) {
        diagnostics.append(ExpressionDiagnostic(code, message, at: range, suggestion: suggestion))
    }

    mutating func check(_ expr: Expr) -> TypedExpr {
        switch expr.kind {
        case .literal(let value):
            return TypedExpr(node: .literal(value), type: Self.literalType(value), range: expr.range)
        case .variable(let name):
            return checkVariable(name, expr.range)
        case .member(let base, let name):
            return checkMember(check(base), name: name.text, nameRange: name.range, range: expr.range)
        case .index(let base, let index):
            return checkIndex(check(base), check(index), expr.range)
        case .unary(let op, let operand):
            return checkUnary(op, check(operand), expr.range)
        case .binary(let op, let left, let right):
            return checkBinary(op, check(left), check(right), expr.range)
        case .conditional(let condition, let then, let otherwise):
            return checkConditional(check(condition), check(then), check(otherwise), expr.range)
        case .call(let name, let arguments):
            return checkCall(name, arguments, expr.range)
        case .lambda:
            report(.lambdaMisuse, "a lambda can only be an argument of a function such as map or filter",
                   at: expr.range)
            return .invalid(expr.range)
        case .list(let items):
            return checkList(items.map { check($0) }, expr.range)
        case .object(let fields):
            let typed = fields.map { ($0.0.text, check($0.1)) }
            let shape = ObjectShape(fields: Dictionary(typed.map { ($0.0, $0.1.type) }, uniquingKeysWith: { $1 }))
            return TypedExpr(node: .object(typed), type: .object(shape), range: expr.range)
        case .invalid:
            return .invalid(expr.range)
        }
    }

    static func literalType(_ value: Value) -> ExprType {
        switch value {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .decimal: return .decimal
        case .string: return .string
        case .datetime: return .datetime
        case .naiveDateTime: return .naiveDateTime
        case .date: return .date
        case .list: return .list(.any)
        case .object: return .openObject
        }
    }

    private mutating func checkVariable(_ name: String, _ range: Range<Int>) -> TypedExpr {
        if let local = scope.last(where: { $0.name == name }) {
            return TypedExpr(node: .local(local.slot), type: local.type, range: range)
        }
        guard let type = environment.variables[name] else {
            let candidates = Array(environment.variables.keys) + scope.map(\.name)
            let hint = Suggestions.didYouMean(name, in: candidates)
                ?? (environment.functions[name] != nil ? "`\(name)` is a function: call it as \(name)(…)" : nil)
            report(.unknownVariable, "unknown name `\(name)`", at: range, suggestion: hint)
            return .invalid(range)
        }
        return Self.coercing(TypedExpr(node: .root(name), type: type, range: range))
    }

    /// Wraps a read of declared data so its JSON representation is converted to the declared type.
    static func coercing(_ expr: TypedExpr) -> TypedExpr {
        guard ExprType.needsCoercion(expr.type) else { return expr }
        return TypedExpr(node: .coerce(expr, expr.type), type: expr.type, range: expr.range)
    }

    mutating func withLocals<T>(_ names: [Expr.Name], types: [ExprType], _ body: (inout TypeChecker) -> T)
        -> (slots: [Int], result: T) {
        var slots: [Int] = []
        for (index, name) in names.enumerated() {
            let slot = slotCount
            slotCount += 1
            slots.append(slot)
            scope.append((name.text, index < types.count ? types[index] : .any, slot))
        }
        let result = body(&self)
        scope.removeLast(names.count)
        return (slots, result)
    }
}
