import Foundation

/// A webhook delivery, deduplicated by (connection, system, delivery id).
public struct WebhookDelivery: Sendable, Hashable {
    /// The connection whose route received it.
    public var connection: String
    /// The sending system.
    public var system: String
    /// The sender's delivery id (e.g. `webhook-id`, `X-WC-Webhook-Delivery-ID`).
    public var deliveryID: String

    /// Creates a delivery key.
    public init(connection: String, system: String, deliveryID: String) {
        self.connection = connection
        self.system = system
        self.deliveryID = deliveryID
    }
}
