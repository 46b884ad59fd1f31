/// A cursor over the Unicode scalars of a time text.
struct TextReader {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    var atEnd: Bool { position == scalars.count }

    mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard position < scalars.count, scalars[position] == scalar else { return false }
        position += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        let start = position
        guard let value = number(maxDigits: digits), position - start == digits else { return nil }
        return value
    }

    /// One to `maxDigits` decimal digits.
    mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maxDigits, position < scalars.count, let digit = digitValue(scalars[position]) {
            value = value * 10 + digit
            count += 1
            position += 1
        }
        return count == 0 ? nil : value
    }

    /// Fraction digits after the decimal point, as nanoseconds (extra digits beyond 9 are dropped).
    mutating func fraction() -> Int? {
        var nanos = 0
        var count = 0
        while position < scalars.count, let digit = digitValue(scalars[position]) {
            if count < 9 { nanos = nanos * 10 + digit }
            count += 1
            position += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 9) { nanos *= 10 }
        return nanos
    }

    /// `Z`, `+hh:mm`, `+hhmm` or `+hh`, as seconds east of UTC.
    mutating func offset() -> Int? {
        if take("Z") || take("z") { return 0 }
        let negative: Bool
        if take("+") { negative = false } else if take("-") { negative = true } else { return nil }
        guard let hours = number(digits: 2), hours <= 18 else { return nil }
        _ = take(":")
        let minutes = number(digits: 2) ?? 0
        guard minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return negative ? -seconds : seconds
    }

    /// `AM`/`PM` (any case): `true` for PM.
    mutating func meridiem() -> Bool? {
        guard position + 1 < scalars.count else { return nil }
        let text = String(String.UnicodeScalarView(scalars[position...position + 1])).uppercased()
        guard text == "AM" || text == "PM" else { return nil }
        position += 2
        return text == "PM"
    }

    /// A three-letter month abbreviation, as 1–12.
    mutating func month(names: [String]) -> Int? {
        guard position + 2 < scalars.count else { return nil }
        let text = String(String.UnicodeScalarView(scalars[position...position + 2])).lowercased()
        guard let index = names.firstIndex(where: { $0.lowercased() == text }) else { return nil }
        position += 3
        return index + 1
    }

    private func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 48 && scalar.value <= 57 ? Int(scalar.value - 48) : nil
    }
}
