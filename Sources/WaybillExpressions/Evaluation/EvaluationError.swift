/// A failure while evaluating a compiled expression (bad data, not a bad expression).
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// A `null` where a value was needed.
        case nullValue = "null_value"
        /// A value of a kind the operation does not accept (possible with `any`-typed data).
        case typeMismatch = "type_mismatch"
        /// Division or remainder by zero.
        case divisionByZero = "division_by_zero"
        /// An integer result beyond 64 bits.
        case overflow
        /// A list index outside the list.
        case indexOutOfRange = "index_out_of_range"
        /// A lookup key absent from its table, without a default.
        case missingKey = "missing_key"
        /// Text that is not a valid time, number, zone or unit.
        case invalidValue = "invalid_value"
    }

    /// The category of the failure.
    public let kind: Kind
    /// A clear message naming the offending value.
    public let message: String
    /// Where in the expression source the failing operation is (Unicode scalar offsets), when known.
    public internal(set) var range: Range<Int>?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, range: Range<Int>? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
    }

    /// The message.
    public var description: String { message }
}
