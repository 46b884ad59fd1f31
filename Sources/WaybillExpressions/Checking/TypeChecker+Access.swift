extension TypeChecker {
    mutating func checkMember(_ base: TypedExpr, name: String, nameRange: Range<Int>, range: Range<Int>) -> TypedExpr {
        let fieldType: ExprType
        switch base.type.nonOptional {
        case .any:
            fieldType = .any
        case .object(let shape):
            if let known = shape.fields[name] {
                fieldType = known
            } else if shape.isOpen {
                fieldType = .any
            } else {
                report(.unknownField, "`\(name)` is not a field of \(base.type)", at: nameRange,
                       suggestion: Suggestions.didYouMean(name, in: shape.fields.keys))
                return .invalid(range)
            }
        case .list:
            report(.notIndexable, "`.\(name)` on a list", at: nameRange,
                   suggestion: "use map(list, x => x.\(name)) or list[0].\(name)")
            return .invalid(range)
        default:
            if case .invalid = base.node { return .invalid(range) }
            report(.notIndexable, "`.\(name)` on a value of type \(base.type), which has no fields", at: nameRange)
            return .invalid(range)
        }
        let type = base.type.isNullable && base.type != .any ? fieldType.optional : fieldType
        return Self.coercing(TypedExpr(node: .member(base, name), type: type, range: range))
    }

    mutating func checkIndex(_ base: TypedExpr, _ index: TypedExpr, _ range: Range<Int>) -> TypedExpr {
        if case .literal(.string(let key)) = index.node, case .object = base.type.nonOptional {
            return checkMember(base, name: key, nameRange: index.range, range: range)
        }
        let element: ExprType
        switch base.type.nonOptional {
        case .list(let item):
            if !index.type.isAssignable(to: .int) {
                report(.argumentType, "a list index must be an int, not \(index.type)", at: index.range)
            }
            element = item
        case .object(let shape):
            if !index.type.isAssignable(to: .string) {
                report(.argumentType, "an object key must be a string, not \(index.type)", at: index.range)
            }
            element = .any
        case .any:
            element = .any
        default:
            if case .invalid = base.node { return .invalid(range) }
            report(.notIndexable, "cannot index a value of type \(base.type)", at: base.range)
            return .invalid(range)
        }
        let type = base.type.isNullable && base.type != .any ? element.optional : element
        return Self.coercing(TypedExpr(node: .index(base, index), type: type, range: range))
    }

    mutating func checkList(_ items: [TypedExpr], _ range: Range<Int>) -> TypedExpr {
        var element: ExprType?
        for item in items {
            guard let current = element else {
                element = item.type
                continue
            }
            guard let joined = current.joined(with: item.type) else {
                report(.operatorType, "list elements mix \(current) and \(item.type)", at: item.range)
                return .invalid(range)
            }
            element = joined
        }
        return TypedExpr(node: .list(items), type: .list(element ?? .any), range: range)
    }
}
