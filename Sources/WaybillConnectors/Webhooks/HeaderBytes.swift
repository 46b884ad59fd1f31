/// Header values as bytes: trimming and prefix checks without Foundation string work.
enum HeaderBytes {
    /// The value's UTF-8 bytes without leading and trailing spaces and tabs.
    static func trimmed(_ value: String) -> [UInt8] {
        let bytes = value.utf8
        guard let first = bytes.firstIndex(where: { !isBlank($0) }),
              let last = bytes.lastIndex(where: { !isBlank($0) })
        else { return [] }
        return Array(bytes[first...last])
    }

    /// Whether `bytes` starts with `prefix`, ASCII letters compared case-insensitively.
    static func hasPrefix(_ bytes: [UInt8], caseInsensitive prefix: String) -> Bool {
        let wanted = prefix.utf8
        guard bytes.count >= wanted.count else { return false }
        return zip(bytes, wanted).allSatisfy { lower($0) == lower($1) }
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
