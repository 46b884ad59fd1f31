import WaybillConnectors
import WaybillRules

/// One webhook endpoint: a tenant's connection to a system, with its verifier and the flows its
/// deliveries feed.
public struct WebhookRoute: Sendable {
    /// A flow fed by the route, with the events it accepts (empty: all).
    public struct Target: Sendable, Hashable {
        /// The flow's name.
        public var flow: String
        /// Accepted event names; empty accepts every event.
        public var events: [String]

        /// Creates a target.
        public init(flow: String, events: [String] = []) {
            self.flow = flow
            self.events = events
        }
    }

    /// The tenant (the store's `connection`).
    public var tenant: String
    /// The sending system.
    public var system: String
    /// Checks signatures (or the path token) before the body is parsed.
    public var verifier: WebhookVerifier
    /// The flows fed by this route.
    public var targets: [Target]
    /// Where the event name is (`nil`: no event filtering).
    public var event: ValueSource?
    /// Where the delivery id is (`nil`: the SHA-256 of the body).
    public var deliveryID: ValueSource?
    /// Body form field that marks an unsigned ping (answered 200, never processed).
    public var pingFormField: String?
    /// The connection's channel check (`webhooks.channel_check`), if the system declares one.
    public var channelCheck: WebhookChannelCheck?

    /// Creates a route.
    public init(
        tenant: String, system: String, verifier: WebhookVerifier, targets: [Target],
        event: ValueSource? = nil, deliveryID: ValueSource? = nil, pingFormField: String? = nil,
        channelCheck: WebhookChannelCheck? = nil
    ) {
        self.tenant = tenant
        self.system = system
        self.verifier = verifier
        self.targets = targets
        self.event = event
        self.deliveryID = deliveryID
        self.pingFormField = pingFormField
        self.channelCheck = channelCheck
    }

    /// The flows that take `event` (every target when the event is unknown).
    public func flows(for event: String?) -> [String] {
        targets.filter { target in
            guard let event, !target.events.isEmpty else { return true }
            return target.events.contains(event)
        }.map(\.flow)
    }
}
