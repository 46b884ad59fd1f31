/// `webhooks.channel_check`: a delivery is accepted only when the body value at `body` equals
/// `equals` evaluated for the receiving connection (e.g. `"${connection.channel_id}"`); any other
/// delivery is rejected (403, audited) before a unit is created.
public struct ChannelCheck: Sendable {
    /// Body path of the value to compare (`channel.id`).
    public var body: String
    /// The expected value: a template or expression over `connection` (compiled in the plan).
    public var equals: RuleExpression
}
