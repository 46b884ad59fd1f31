/// SQL `LIKE` matching with `%` (any run) and `_` (one character), as Odoo's `like` operators use it.
enum OdooLikePattern {
    /// True if `text` matches `pattern`; `caseInsensitive` for `ilike`.
    static func matches(_ text: String, _ pattern: String, caseInsensitive: Bool) -> Bool {
        let subject = Array(caseInsensitive ? text.lowercased() : text)
        let shape = Array(caseInsensitive ? pattern.lowercased() : pattern)
        var s = 0
        var p = 0
        var starP = -1
        var starS = 0
        while s < subject.count {
            if p < shape.count, shape[p] == "_" || (shape[p] != "%" && shape[p] == subject[s]) {
                s += 1
                p += 1
            } else if p < shape.count, shape[p] == "%" {
                starP = p
                starS = s
                p += 1
            } else if starP >= 0 {
                p = starP + 1
                starS += 1
                s = starS
            } else {
                return false
            }
        }
        while p < shape.count, shape[p] == "%" { p += 1 }
        return p == shape.count
    }
}
