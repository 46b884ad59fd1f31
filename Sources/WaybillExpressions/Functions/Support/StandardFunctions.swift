/// The list of every standard function, in one place (one definition per file).
enum StandardFunctions {
    static let all: [FunctionDefinition] = [
        // Strings
        .lower, .upper, .trim, .concat, .split, .replace, .padLeft, .padRight, .substring,
        .contains, .startsWith, .endsWith, .len, .length, .join,
        // Lists
        .sum, .count, .min, .max, .first, .last, .distinct, .flatten, .map, .filter, .any, .all,
        // Numbers
        .round, .floor, .ceil, .abs, .toInt, .toDecimal, .convertWeight,
        // Time
        .parseTime, .parseNaive, .toUTC, .toLocal, .formatTime, .now, .date,
        // Values
        .toString, .lookup, .coalesce, .isNull, .isEmpty, .commands,
    ]
}

/// A decimal example value from plain text (for examples only; bad text gives zero).
func dec(_ text: String) -> Value {
    .decimal(DecimalValue(text: text) ?? DecimalValue(0))
}

/// Typing helpers shared by the function definitions.
enum Typing {
    /// The element type of a list type (`any` for anything else).
    static func element(_ type: ExprType) -> ExprType {
        if case .list(let element) = type.nonOptional { return element }
        return .any
    }

    /// Lambda parameter types for `f(list, x => …)`: the list's element type.
    static let elementOfFirst: @Sendable ([ExprType]) -> [ExprType] = { types in
        [element(types.first ?? .any)]
    }
}
