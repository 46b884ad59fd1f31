extension ExprType {
    /// Whether a value of type `self` may be used where `target` is expected.
    ///
    /// `int` widens to `decimal`; `any` goes both ways; an optional is accepted where its wrapped type
    /// is expected (a `null` at run time is then an evaluation error); `null` only where nullable.
    public func isAssignable(to target: ExprType) -> Bool {
        switch (self, target) {
        case (_, .any), (.any, _): return true
        case (.null, _): return target.isNullable
        case (.optional(let wrapped), _): return wrapped.isAssignable(to: target.nonOptional)
        case (_, .optional(let wrapped)): return isAssignable(to: wrapped)
        case (.int, .decimal): return true
        case (.list(let a), .list(let b)): return a.isAssignable(to: b)
        case (.object(let a), .object(let b)):
            if b.isOpen { return true }
            return b.fields.allSatisfy { name, type in
                guard let field = a.fields[name] else { return a.isOpen || type.isNullable }
                return field.isAssignable(to: type)
            }
        default: return self == target
        }
    }

    /// The narrowest type holding values of both types, or `nil` when they do not mix
    /// (e.g. `string` and `int`). Used for `??`, `c ? a : b`, list literals.
    public func joined(with other: ExprType) -> ExprType? {
        if self == other { return self }
        switch (self, other) {
        case (.any, _), (_, .any): return .any
        case (.null, let t), (let t, .null): return t.optional
        case (.optional(let a), let b), (let b, .optional(let a)):
            return a.joined(with: b.nonOptional)?.optional
        case (.int, .decimal), (.decimal, .int): return .decimal
        case (.list(let a), .list(let b)): return a.joined(with: b).map { .list($0) }
        case (.object, .object): return .openObject
        default: return nil
        }
    }

    /// Whether values of the two types can be compared with `==` / `!=`.
    func isEquatable(with other: ExprType) -> Bool {
        let a = nonOptional, b = other.nonOptional
        if a == .null || b == .null || a == .any || b == .any { return true }
        if a.isNumeric && b.isNumeric { return true }
        return joined(with: other) != nil
    }

    /// The category of values that `<`, `<=`, `>`, `>=` can order, or `nil` when unordered.
    var orderingFamily: String? {
        switch nonOptional {
        case .int, .decimal: return "number"
        case .string: return "string"
        case .datetime: return "datetime"
        case .naiveDateTime: return "naive_datetime"
        case .date: return "date"
        case .any: return "any"
        default: return nil
        }
    }
}
