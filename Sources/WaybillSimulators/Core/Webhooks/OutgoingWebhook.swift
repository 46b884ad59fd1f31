import Foundation

/// A webhook a simulator wants to send: target, headers (already signed) and body bytes.
public struct OutgoingWebhook: Sendable {
    /// Where to POST.
    public var url: String
    /// The topic or event name, for the delivery log.
    public var topic: String
    /// Header fields to send.
    public var headers: [(name: String, value: String)]
    /// The exact bytes to send (and that were signed).
    public var body: Data

    /// Creates a webhook.
    public init(url: String, topic: String, headers: [(name: String, value: String)], body: Data) {
        self.url = url
        self.topic = topic
        self.headers = headers
        self.body = body
    }
}

/// A request to fire webhooks now, as posted to `POST /_sim/webhooks/fire`:
/// `{"topic", "resource_id"?, "url"?, "payload"?, "duplicate"?, "copies"?, "delay_seconds"?, "bad_signature"?}`.
public struct WebhookFire: Sendable {
    /// Topic or event (system spelling, e.g. `orders/create`, `SHIP_NOTIFY`, `order.shipped`).
    public var topic: String
    /// The record the event is about (its id in the topic's resource); defaults to the newest record.
    public var resourceID: String?
    /// Send here instead of to the matching subscriptions.
    public var url: String?
    /// A payload to send instead of the record.
    public var payload: JSONValue?
    /// How many identical deliveries of each webhook (2 = one duplicate).
    public var copies: Int
    /// Simulated seconds to wait before sending (the control call returns at once).
    public var delaySeconds: Double
    /// Send a signature that does not verify.
    public var badSignature: Bool

    /// Creates a fire request.
    public init(topic: String, resourceID: String? = nil, url: String? = nil, payload: JSONValue? = nil,
                copies: Int = 1, delaySeconds: Double = 0, badSignature: Bool = false) {
        self.topic = topic
        self.resourceID = resourceID
        self.url = url
        self.payload = payload
        self.copies = copies
        self.delaySeconds = delaySeconds
        self.badSignature = badSignature
    }

    /// Reads the control API body.
    public static func from(json: JSONValue) throws -> WebhookFire {
        guard let topic = json["topic"]?.stringValue ?? json["event"]?.stringValue else {
            throw ControlError("webhook fire needs a \"topic\"")
        }
        let duplicate = json["duplicate"]?.boolValue ?? false
        let copies = json["copies"]?.intValue ?? (duplicate ? 2 : 1)
        guard (1...20).contains(copies) else { throw ControlError("\"copies\" must be between 1 and 20") }
        return WebhookFire(
            topic: topic, resourceID: json["resource_id"]?.stringValue, url: json["url"]?.stringValue,
            payload: json["payload"], copies: copies, delaySeconds: json["delay_seconds"]?.doubleValue ?? 0,
            badSignature: json["bad_signature"]?.boolValue ?? false
        )
    }
}
