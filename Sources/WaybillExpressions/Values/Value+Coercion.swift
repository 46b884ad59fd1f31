import Foundation

extension Value {
    /// The value converted from its JSON representation to the declared `type`:
    /// text or numbers to `decimal`, integral text or decimals to `int`, ISO 8601 text to `datetime`
    /// (the text must carry an offset), `naive_datetime` (it must not) or `date`; Odoo's `false`
    /// for an empty non-boolean field becomes `null`. Other values are returned unchanged.
    /// Throws ``EvaluationError`` (`invalid_value`) when text does not read as the declared type.
    public func coerced(to type: ExprType) throws -> Value {
        if case .optional(let wrapped) = type {
            if case .bool(false) = self, wrapped.nonOptional != .bool, wrapped.nonOptional != .any { return .null }
            return try coerced(to: wrapped)
        }
        switch (type, self) {
        case (.decimal, .int(let i)):
            return .decimal(DecimalValue(i))
        case (.decimal, .string(let text)):
            guard let value = DecimalValue(text: text.trimmingCharacters(in: .whitespaces)) else {
                throw EvaluationError(.invalidValue, "'\(text)' is not a decimal number")
            }
            return .decimal(value)
        case (.int, .decimal(let d)):
            guard let i = d.exactInt else { throw EvaluationError(.invalidValue, "\(d) is not a whole number") }
            return .int(i)
        case (.int, .string(let text)):
            guard let i = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw EvaluationError(.invalidValue, "'\(text)' is not an integer")
            }
            return .int(i)
        case (.datetime, .string(let text)):
            guard let parsed = TimeText.parseISO(text) else {
                throw EvaluationError(.invalidValue, "'\(text)' is not an ISO 8601 date-time")
            }
            guard let offset = parsed.offset else {
                throw EvaluationError(.invalidValue,
                                      "'\(text)' has no UTC offset; declare the field naive and use to_utc(x, zone)")
            }
            return .datetime(Date(timeIntervalSince1970: parsed.naive.secondsAsUTC - Double(offset)))
        case (.naiveDateTime, .string(let text)):
            guard let parsed = TimeText.parseISO(text), parsed.offset == nil else {
                throw EvaluationError(.invalidValue, "'\(text)' is not a date-time without offset")
            }
            return .naiveDateTime(parsed.naive)
        case (.date, .string(let text)):
            guard let parsed = TimeText.parseISO(text), parsed.naive.hour == 0, parsed.naive.minute == 0,
                  text.count == 10 else {
                throw EvaluationError(.invalidValue, "'\(text)' is not a date (YYYY-MM-DD)")
            }
            return .date(parsed.naive.date)
        case (.list(let element), .list(let items)):
            guard ExprType.needsCoercion(element) else { return self }
            return .list(try items.map { try $0.coerced(to: element) })
        default:
            return self
        }
    }
}

extension ExprType {
    /// Whether values of this declared type may arrive in a JSON representation needing conversion.
    static func needsCoercion(_ type: ExprType) -> Bool {
        switch type {
        case .decimal, .int, .datetime, .naiveDateTime, .date: return true
        case .optional(let wrapped): return wrapped.nonOptional != .bool
        case .list(let element): return needsCoercion(element)
        default: return false
        }
    }
}
