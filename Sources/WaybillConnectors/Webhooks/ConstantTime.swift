/// Comparison whose running time does not depend on where two byte strings differ.
public enum ConstantTime {
    /// Whether `lhs` and `rhs` are equal, examining every byte of the longer one.
    public static func equals<A: Collection<UInt8>, B: Collection<UInt8>>(_ lhs: A, _ rhs: B) -> Bool {
        let left = Array(lhs)
        let right = Array(rhs)
        let length = max(left.count, right.count)
        var difference: UInt8 = left.count == right.count ? 0 : 1
        for index in 0..<length {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }

    /// Whether two strings have equal UTF-8 bytes.
    public static func equals(_ lhs: String, _ rhs: String) -> Bool {
        equals(Array(lhs.utf8), Array(rhs.utf8))
    }
}
