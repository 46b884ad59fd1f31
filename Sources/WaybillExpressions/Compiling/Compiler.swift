/// Turns a checked tree into nested closures, once; evaluation never re-parses or re-checks.
enum Compiler {
    static func compile(_ expr: TypedExpr) -> Evaluator {
        let range = expr.range
        switch expr.node {
        case .literal(let value):
            return { _ in value }
        case .root(let name):
            return { frame in frame.context.variables[name] ?? .null }
        case .local(let slot):
            return { frame in frame.locals[slot] }
        case .member(let base, let name):
            return compileMember(base, name)
        case .index(let base, let index):
            let b = compile(base), i = compile(index)
            return located(range) { frame in try RuntimeOperators.index(try b(&frame), try i(&frame)) }
        case .unary(let op, let operand):
            let o = compile(operand)
            switch op {
            case .not: return located(range) { frame in .bool(!(try truth(try o(&frame), "!"))) }
            case .negate: return located(range) { frame in try RuntimeOperators.negate(try o(&frame)) }
            }
        case .binary(let op, let left, let right):
            return compileBinary(op, compile(left), compile(right), range)
        case .conditional(let condition, let then, let otherwise):
            let c = compile(condition), t = compile(then), e = compile(otherwise)
            return located(range) { frame in try truth(try c(&frame), "?:") ? try t(&frame) : try e(&frame) }
        case .call(let function, let arguments):
            return compileCall(function, arguments, range)
        case .list(let items):
            let compiled = items.map(compile)
            return { frame in
                var values: [Value] = []
                values.reserveCapacity(compiled.count)
                for item in compiled { values.append(try item(&frame)) }
                return .list(values)
            }
        case .object(let fields):
            let compiled = fields.map { ($0.0, compile($0.1)) }
            return { frame in
                var values: [String: Value] = [:]
                for (name, field) in compiled { values[name] = try field(&frame) }
                return .object(values)
            }
        case .coerce(let inner, let type):
            return compileCoercion(compile(inner), to: type, range)
        case .invalid:
            return { _ in throw EvaluationError(.typeMismatch, "the expression did not compile", range: range) }
        }
    }

    /// Attaches the node's source range to errors that do not have one yet.
    static func located(_ range: Range<Int>, _ body: @escaping Evaluator) -> Evaluator {
        return { frame in
            do {
                return try body(&frame)
            } catch var error as EvaluationError {
                if error.range == nil { error.range = range }
                throw error
            }
        }
    }

    static func truth(_ value: Value, _ op: String) throws -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .null: throw EvaluationError(.nullValue, "`\(op)` on null (use `??` to give a default)")
        default: throw EvaluationError(.typeMismatch, "`\(op)` needs a bool, got \(value.kindName)")
        }
    }

    private static func compileMember(_ base: TypedExpr, _ name: String) -> Evaluator {
        if case .root(let root) = base.node {
            return { frame in
                if case .object(let fields)? = frame.context.variables[root] { return fields[name] ?? .null }
                return try RuntimeOperators.member(frame.context.variables[root] ?? .null, name)
            }
        }
        let b = compile(base)
        return { frame in
            let value = try b(&frame)
            if case .object(let fields) = value { return fields[name] ?? .null }
            return try RuntimeOperators.member(value, name)
        }
    }
}
