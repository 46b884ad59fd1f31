import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends outgoing webhooks over HTTP and records every delivery and its response.
public final class WebhookSender: Sendable {
    private struct State {
        var deliveries: [WebhookDelivery] = []
        var sequence = 0
    }

    private let state = Locked(State())
    private let clock: SimulatorClock
    private let session: URLSession

    /// A sender stamping deliveries with `clock`'s time.
    public init(clock: SimulatorClock) {
        self.clock = clock
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 15
        self.session = URLSession(configuration: configuration)
    }

    /// Delivers each webhook `copies` times, after `delaySeconds` of simulated time.
    /// Without a delay it waits for the deliveries and returns them; with one it returns at once
    /// (an empty list) and delivers in the background.
    public func send(_ webhooks: [OutgoingWebhook], copies: Int = 1, delaySeconds: Double = 0) async -> [WebhookDelivery] {
        guard delaySeconds <= 0 else {
            let clock = self.clock
            Task {
                await clock.sleep(seconds: delaySeconds)
                _ = await self.deliverAll(webhooks, copies: copies)
            }
            return []
        }
        return await deliverAll(webhooks, copies: copies)
    }

    /// Every delivery so far, oldest first.
    public var deliveries: [WebhookDelivery] {
        state.withLock { $0.deliveries }
    }

    /// Forgets the deliveries.
    public func reset() {
        state.withLock { $0 = State() }
    }

    private func deliverAll(_ webhooks: [OutgoingWebhook], copies: Int) async -> [WebhookDelivery] {
        var results: [WebhookDelivery] = []
        for webhook in webhooks {
            for _ in 0..<max(1, copies) {
                results.append(await deliver(webhook))
            }
        }
        return results
    }

    private func deliver(_ webhook: OutgoingWebhook) async -> WebhookDelivery {
        let time = clock.now()
        var delivery = WebhookDelivery(
            sequence: 0, url: webhook.url, topic: webhook.topic, headers: webhook.headers, body: webhook.body,
            responseStatus: nil, responseBody: "", error: nil, time: time
        )
        if let url = URL(string: webhook.url), url.scheme == "http" || url.scheme == "https" {
            var request = URLRequest(url: url)
            request.httpMethod = "POST"
            request.httpBody = webhook.body
            for (name, value) in webhook.headers { request.setValue(value, forHTTPHeaderField: name) }
            do {
                let (data, response) = try await session.data(for: request)
                delivery.responseStatus = (response as? HTTPURLResponse)?.statusCode
                delivery.responseBody = String(String(decoding: data, as: UTF8.self).prefix(2_000))
            } catch {
                delivery.error = String(describing: error)
            }
        } else {
            delivery.error = "invalid webhook URL: \(webhook.url)"
        }
        return state.withLock { state in
            state.sequence += 1
            delivery.sequence = state.sequence
            state.deliveries.append(delivery)
            return delivery
        }
    }
}
