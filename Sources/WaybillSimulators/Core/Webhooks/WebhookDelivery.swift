import Foundation

/// One attempt to deliver a webhook, as recorded by the sender.
public struct WebhookDelivery: Sendable {
    /// Sequence number, from 1.
    public var sequence: Int
    /// Target URL.
    public var url: String
    /// Topic or event.
    public var topic: String
    /// Headers sent.
    public var headers: [(name: String, value: String)]
    /// Body sent.
    public var body: Data
    /// Status answered by the receiver; `nil` when it could not be reached.
    public var responseStatus: Int?
    /// Body answered by the receiver (text, truncated to 2,000 characters).
    public var responseBody: String
    /// Transport error text, when the receiver could not be reached.
    public var error: String?
    /// Simulated time of sending.
    public var time: Date

    /// Renders the delivery for the control API.
    public var json: JSONValue {
        var object: [String: JSONValue] = [
            "sequence": .int(sequence), "url": .string(url), "topic": .string(topic),
            "headers": .object(Dictionary(headers.map { ($0.name, JSONValue.string($0.value)) }, uniquingKeysWith: { $1 })),
            "body": .string(String(decoding: body, as: UTF8.self)), "response_body": .string(responseBody),
            "time": .string(SimTime.iso8601(time)),
        ]
        object["response_status"] = responseStatus.map { .int($0) } ?? .null
        object["error"] = error.map { .string($0) } ?? .null
        return .object(object)
    }
}
