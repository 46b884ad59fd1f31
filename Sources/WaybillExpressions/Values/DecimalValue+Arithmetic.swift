import Foundation

extension DecimalValue {
    /// Scales `significand × 10^from` to exponent `to` (`to <= from`), or `nil` on overflow.
    private static func rescale(_ significand: Int64, from: Int32, to: Int32) -> Int64? {
        var value = significand
        var steps = Int(from) - Int(to)
        while steps > 0 {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = next
            steps -= 1
        }
        return value
    }

    /// Aligns two small values on the smaller exponent.
    private static func aligned(_ a: DecimalValue, _ b: DecimalValue) -> (Int64, Int64, Int32)? {
        guard case .small(let sa, let ea) = a.storage, case .small(let sb, let eb) = b.storage else { return nil }
        let target = min(ea, eb)
        guard let xa = rescale(sa, from: ea, to: target), let xb = rescale(sb, from: eb, to: target) else { return nil }
        return (xa, xb, target)
    }

    /// Exact sum.
    public static func + (a: DecimalValue, b: DecimalValue) -> DecimalValue {
        if let (x, y, e) = aligned(a, b) {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow { return normalized(sum, e) }
        }
        return DecimalValue(a.decimal + b.decimal)
    }

    /// Exact difference.
    public static func - (a: DecimalValue, b: DecimalValue) -> DecimalValue {
        a + b.negated
    }

    /// Exact product.
    public static func * (a: DecimalValue, b: DecimalValue) -> DecimalValue {
        if case .small(let sa, let ea) = a.storage, case .small(let sb, let eb) = b.storage {
            let (product, overflow) = sa.multipliedReportingOverflow(by: sb)
            let (exponent, expOverflow) = ea.addingReportingOverflow(eb)
            if !overflow && !expOverflow { return normalized(product, exponent) }
        }
        return DecimalValue(a.decimal * b.decimal)
    }

    /// Quotient, exact when it terminates within 38 digits (Foundation `Decimal` precision).
    /// The caller checks for a zero divisor.
    public static func / (a: DecimalValue, b: DecimalValue) -> DecimalValue {
        if case .small(let sa, let ea) = a.storage, case .small(let sb, let eb) = b.storage,
           sb != 0, sa % sb == 0 {
            let (exponent, overflow) = ea.subtractingReportingOverflow(eb)
            if !overflow { return normalized(sa / sb, exponent) }
        }
        return DecimalValue(a.decimal / b.decimal)
    }

    /// Remainder with the sign of the dividend (`a - b × trunc(a / b)`). The caller checks for zero.
    public static func % (a: DecimalValue, b: DecimalValue) -> DecimalValue {
        if let (x, y, e) = aligned(a, b), y != 0 {
            return normalized(x % y, e)
        }
        let quotient = (a / b).rounded(scale: 0, mode: .towardZero)
        return a - b * quotient
    }

    /// The value with its sign flipped.
    public var negated: DecimalValue {
        switch storage {
        case .small(let s, let e):
            if s == Int64.min { return DecimalValue(-decimal) }
            return DecimalValue(storage: .small(-s, e))
        case .big(let d):
            return DecimalValue(-d)
        }
    }

    /// The absolute value.
    public var magnitude: DecimalValue { isNegative ? negated : self }
}

extension DecimalValue: Comparable, Hashable {
    /// Numeric equality: `1.50 == 1.5`.
    public static func == (a: DecimalValue, b: DecimalValue) -> Bool {
        switch (a.storage, b.storage) {
        case let (.small(sa, ea), .small(sb, eb)): return sa == sb && ea == eb
        default: return a.decimal == b.decimal
        }
    }

    /// Numeric order.
    public static func < (a: DecimalValue, b: DecimalValue) -> Bool {
        if let (x, y, _) = aligned(a, b) { return x < y }
        return a.decimal < b.decimal
    }

    /// Hashes the normalized value, so equal numbers hash alike.
    public func hash(into hasher: inout Hasher) {
        switch storage {
        case let .small(s, e):
            hasher.combine(s)
            hasher.combine(e)
        case let .big(d):
            hasher.combine(d.description)
        }
    }
}

extension DecimalValue: CustomStringConvertible {
    /// Plain text without exponent: `12.5`, `-0.001`, `1200`.
    public var description: String {
        switch storage {
        case .big(let d):
            return d.description
        case .small(let s, let e):
            var digits = String(s.magnitude)
            let sign = s < 0 ? "-" : ""
            if e >= 0 {
                return sign + digits + String(repeating: "0", count: Int(e))
            }
            let fraction = Int(-e)
            if digits.count <= fraction {
                digits = String(repeating: "0", count: fraction - digits.count + 1) + digits
            }
            let split = digits.index(digits.endIndex, offsetBy: -fraction)
            return sign + digits[..<split] + "." + digits[split...]
        }
    }
}
