/// Converts values received over RPC into the stored form of each field type.
extension OdooDatabase {
    /// The stored form of `value` for `field`, or a ValueError naming the field.
    func coerce(_ value: OdooValue, for field: OdooField, model: OdooModel) throws -> OdooValue {
        let wrong = OdooError.value("Wrong value for \(model.name).\(field.name): \(OdooJSONWriter.write(value))")
        if value == .none || value == .bool(false) {
            switch field.type {
            case .boolean: return .bool(false)
            case .integer: return .int(0)
            case .float, .monetary: return .double(0)
            default: return .bool(false)
            }
        }
        switch field.type {
        case .char, .text, .html, .binary:
            switch value {
            case .string: return value
            case .int(let number) where field.type != .binary: return .string(String(number))  // Python str(value)
            case .double(let number) where field.type != .binary: return .string(String(number))
            default: throw wrong
            }
        case .selection:
            guard let text = value.stringValue, field.selection.contains(where: { $0.0 == text }) else { throw wrong }
            return value
        case .integer:
            guard let number = value.intValue else { throw wrong }
            return .int(number)
        case .float, .monetary:
            guard let number = value.doubleValue else { throw wrong }
            return .double(number)
        case .boolean:
            return .bool(!value.isFalsy)
        case .date:
            guard let text = value.stringValue, let date = OdooDateText.date(text) else { throw wrong }
            return .string(date)
        case .datetime:
            guard let text = value.stringValue, let stamp = OdooDateText.datetime(text) else { throw wrong }
            return .string(stamp)
        case .many2one:
            let id: Int?
            if let list = value.arrayValue, let first = list.first { id = first.intValue } else { id = value.intValue }
            guard let id, let comodel = field.relation else { throw wrong }
            guard row(comodel, id) != nil else {
                throw OdooError.missing(model: comodel, ids: [id])
            }
            return .int(id)
        case .one2many, .many2many:
            throw wrong
        }
    }
}

/// Validation and normalisation of Odoo's date (`YYYY-MM-DD`) and datetime (`YYYY-MM-DD HH:MM:SS`) strings.
enum OdooDateText {
    /// The normalised date, or nil if `text` is not a date (a datetime is cut to its date).
    static func date(_ text: String) -> String? {
        let chars = Array(text.utf8)
        guard chars.count >= 10, isDigits(chars, [0, 1, 2, 3, 5, 6, 8, 9]), chars[4] == 45, chars[7] == 45 else {
            return nil
        }
        return String(decoding: chars[0..<10], as: UTF8.self)
    }

    /// The normalised datetime, or nil; a bare date gets `00:00:00`, fractions and `T` are accepted.
    static func datetime(_ text: String) -> String? {
        guard let day = date(text) else { return nil }
        let chars = Array(text.utf8)
        if chars.count == 10 { return day + " 00:00:00" }
        guard chars.count >= 19, chars[10] == 32 || chars[10] == 84, chars[13] == 58, chars[16] == 58,
            isDigits(chars, [11, 12, 14, 15, 17, 18])
        else { return nil }
        return day + " " + String(decoding: chars[11..<19], as: UTF8.self)
    }

    private static func isDigits(_ chars: [UInt8], _ positions: [Int]) -> Bool {
        positions.allSatisfy { chars[$0] >= 48 && chars[$0] <= 57 }
    }
}
