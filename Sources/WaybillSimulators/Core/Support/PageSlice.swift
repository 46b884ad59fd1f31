/// One page of a list: the items on it and the totals a response reports.
public struct PageSlice<Element> {
    /// Items on the page.
    public var items: [Element]
    /// Items in the whole list.
    public var total: Int
    /// 1-based page number.
    public var page: Int
    /// Number of pages (at least 1, as ShipStation and WooCommerce report it for an empty list).
    public var pages: Int

    /// Cuts page `page` (1-based, clamped to ≥ 1) of `size` items (≥ 1) out of `all`.
    public init(_ all: [Element], page: Int, size: Int) {
        let size = max(1, size)
        let page = max(1, page)
        let start = (page - 1).multipliedReportingOverflow(by: size)
        if start.overflow || start.partialValue >= all.count {
            items = []
        } else {
            items = Array(all[start.partialValue..<min(all.count, start.partialValue + size)])
        }
        total = all.count
        self.page = page
        pages = max(1, (all.count + size - 1) / size)
    }
}

extension JSONValue {
    /// The record without keys starting with `$` (simulator bookkeeping never shown to clients).
    public var publicView: JSONValue {
        guard case .object(let members) = self, members.keys.contains(where: { $0.hasPrefix("$") }) else { return self }
        return .object(members.filter { !$0.key.hasPrefix("$") })
    }
}
