import Foundation

extension DecimalValue {
    /// How `round` resolves a value that is not representable at the requested scale.
    public enum RoundingMode: String, Sendable, CaseIterable {
        /// Ties go to the even neighbour (banker's rounding): 2.5 → 2, 3.5 → 4.
        case halfEven = "half_even"
        /// Ties go away from zero: 2.5 → 3, -2.5 → -3.
        case halfUp = "half_up"
        /// Toward negative infinity.
        case floor
        /// Toward positive infinity.
        case ceiling
        /// Toward zero (truncation).
        case towardZero = "toward_zero"
    }

    /// The value rounded to `scale` digits after the decimal point (negative scales round to tens, …).
    public func rounded(scale: Int, mode: RoundingMode) -> DecimalValue {
        if case .small(_, let e) = storage, Int(e) >= -scale { return self }
        var source = decimal
        var result = Decimal()
        switch mode {
        case .halfEven: NSDecimalRound(&result, &source, scale, .bankers)
        case .halfUp: NSDecimalRound(&result, &source, scale, .plain)
        case .floor: NSDecimalRound(&result, &source, scale, .down)
        case .ceiling: NSDecimalRound(&result, &source, scale, .up)
        case .towardZero:
            NSDecimalRound(&result, &source, scale, isNegative ? .up : .down)
        }
        return DecimalValue(result)
    }
}
