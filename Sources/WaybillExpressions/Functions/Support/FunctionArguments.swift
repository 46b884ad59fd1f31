import Foundation

/// The argument values of one call, with typed accessors that throw clear ``EvaluationError``s.
public struct FunctionArguments: Sendable {
    /// The values, in order (lambda positions hold `null`).
    public let values: [Value]
    /// The function's name, for messages.
    public let function: String

    /// Creates the arguments of a call to `function`.
    public init(_ values: [Value], function: String) {
        self.values = values
        self.function = function
    }

    /// The number of arguments given.
    public var count: Int { values.count }

    /// Whether argument `index` was given.
    public func has(_ index: Int) -> Bool { index < values.count }

    /// Argument `index`, or `null` when absent.
    public subscript(index: Int) -> Value { index < values.count ? values[index] : .null }

    /// An error naming this function.
    public func error(_ kind: EvaluationError.Kind, _ message: String) -> EvaluationError {
        EvaluationError(kind, "\(function): \(message)")
    }

    /// Argument `index` must not be null.
    public func present(_ index: Int) throws -> Value {
        let value = self[index]
        if value.isNull { throw error(.nullValue, "argument \(index + 1) is null") }
        return value
    }

    /// Argument `index` as text.
    public func string(_ index: Int) throws -> String {
        guard case .string(let text) = try present(index) else { throw mismatch(index, "a string") }
        return text
    }

    /// Argument `index` as text, or `fallback` when absent or null.
    public func string(_ index: Int, default fallback: String) throws -> String {
        self[index].isNull ? fallback : try string(index)
    }

    /// Argument `index` as an integer (an integral decimal is accepted).
    public func int(_ index: Int) throws -> Int {
        switch try present(index) {
        case .int(let value): return value
        case .decimal(let value):
            if let exact = value.exactInt { return exact }
            throw error(.typeMismatch, "argument \(index + 1) must be a whole number, got \(value)")
        default: throw mismatch(index, "an integer")
        }
    }

    /// Argument `index` as a decimal (an integer is widened).
    public func decimal(_ index: Int) throws -> DecimalValue {
        try Value.number(of: try present(index)) ?? { throw mismatch(index, "a number") }()
    }

    /// Argument `index` as a list.
    public func list(_ index: Int) throws -> [Value] {
        guard case .list(let items) = try present(index) else { throw mismatch(index, "a list") }
        return items
    }

    /// Argument `index` as a boolean.
    public func bool(_ index: Int) throws -> Bool {
        guard case .bool(let flag) = try present(index) else { throw mismatch(index, "a bool") }
        return flag
    }

    /// Argument `index` as an IANA time zone.
    public func zone(_ index: Int) throws -> TimeZone {
        let name = try string(index)
        guard let zone = ZoneRules.zone(named: name) else {
            throw error(.invalidValue, "unknown time zone '\(name)' (use an IANA name such as 'America/Los_Angeles')")
        }
        return zone
    }

    private func mismatch(_ index: Int, _ expected: String) -> EvaluationError {
        error(.typeMismatch, "argument \(index + 1) must be \(expected), got \(self[index].kindName)")
    }
}

extension Value {
    /// The numeric value of an `int` or `decimal`, else `nil`.
    static func number(of value: Value) -> DecimalValue? {
        switch value {
        case .int(let i): return DecimalValue(i)
        case .decimal(let d): return d
        default: return nil
        }
    }
}
