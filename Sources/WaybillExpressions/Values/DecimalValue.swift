import Foundation

/// An exact decimal number, as used for money, quantities and weights.
///
/// Values that fit a 64-bit significand (`significand × 10^exponent`) are computed with integer
/// arithmetic; anything larger falls back to Foundation's `Decimal` (38 significant digits).
/// A number never goes through `Double`, so `0.1 + 0.2 == 0.3` holds exactly.
public struct DecimalValue: Sendable {
    enum Storage: Sendable {
        /// `significand × 10^exponent`, normalized: the significand has no trailing zero digit,
        /// and zero is stored as `(0, 0)`.
        case small(Int64, Int32)
        /// A value outside the small range.
        case big(Decimal)
    }

    let storage: Storage

    init(storage: Storage) { self.storage = storage }

    /// Creates `significand × 10^exponent` exactly.
    public init(significand: Int64, exponent: Int32) {
        self = DecimalValue.normalized(significand, exponent)
    }

    /// Creates an integral decimal.
    public init(_ integer: Int) {
        self = DecimalValue.normalized(Int64(integer), 0)
    }

    /// Creates a decimal from a Foundation `Decimal`, exactly.
    public init(_ decimal: Decimal) {
        if decimal.isNaN {
            self.storage = .big(decimal)
            return
        }
        let text = decimal.significand.description
        if let magnitude = Int64(text), decimal.exponent >= Int(Int32.min), decimal.exponent <= Int(Int32.max) {
            let signed = decimal.sign == .minus ? -magnitude : magnitude
            self = DecimalValue.normalized(signed, Int32(decimal.exponent))
        } else {
            self.storage = .big(decimal)
        }
    }

    /// Parses plain decimal text such as `-12.50` or `3` (no exponent, no grouping).
    /// Returns `nil` when the text is not such a number.
    public init?(text: String) {
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        var significand: Int64 = 0
        var exponent: Int32 = 0
        var digits = 0
        var seenPoint = false
        var overflow = false
        for scalar in scalars {
            if scalar == "." {
                if seenPoint { return nil }
                seenPoint = true
                continue
            }
            guard scalar.value >= 48, scalar.value <= 57 else { return nil }
            let digit = Int64(scalar.value - 48)
            digits += 1
            if !overflow {
                let (times10, o1) = significand.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(digit)
                if o1 || o2 { overflow = true } else { significand = sum }
            }
            if seenPoint { exponent -= 1 }
        }
        guard digits > 0 else { return nil }
        if overflow {
            guard let big = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
            self.init(big)
            return
        }
        self = DecimalValue.normalized(negative ? -significand : significand, exponent)
    }

    static func normalized(_ significand: Int64, _ exponent: Int32) -> DecimalValue {
        if significand == 0 { return DecimalValue(storage: .small(0, 0)) }
        var s = significand
        var e = exponent
        while s % 10 == 0, e < Int32.max {
            s /= 10
            e += 1
        }
        return DecimalValue(storage: .small(s, e))
    }

    /// The value as a Foundation `Decimal`.
    public var decimal: Decimal {
        switch storage {
        case .big(let value):
            return value
        case .small(let significand, let exponent):
            let magnitude = Decimal(significand.magnitude)
            return Decimal(sign: significand < 0 ? .minus : .plus, exponent: Int(exponent), significand: magnitude)
        }
    }

    /// The value as an `Int` when it is integral and fits, otherwise `nil`.
    public var exactInt: Int? {
        guard case .small(let s, let e) = storage, e >= 0 else { return nil }
        var value = s
        for _ in 0..<e {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = next
        }
        return Int(value)
    }

    /// Whether the value is zero.
    public var isZero: Bool {
        switch storage {
        case .small(let s, _): return s == 0
        case .big(let d): return d.isZero
        }
    }

    /// Whether the value is below zero.
    public var isNegative: Bool {
        switch storage {
        case .small(let s, _): return s < 0
        case .big(let d): return d.sign == .minus && !d.isZero
        }
    }
}
