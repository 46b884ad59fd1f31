/// One page of a list: its records, its body and its response.
public struct RESTPage: Sendable, Hashable {
    /// The records found at the operation's records path.
    public var records: [JSONValue]
    /// The whole parsed body.
    public var body: JSONValue
    /// The response (status and headers).
    public var response: HTTPResponse
    /// 1-based position of the page in the list.
    public var index: Int

    /// A page.
    public init(records: [JSONValue], body: JSONValue, response: HTTPResponse, index: Int) {
        self.records = records
        self.body = body
        self.response = response
        self.index = index
    }
}
