/// Webhook triggers on systems that do not verify deliveries (warnings).
struct WebhookSafetyValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for flow in model.flows {
            guard let webhook = flow.value.trigger.webhook,
                  let definition = index.systems[webhook.system]?.webhooks else { continue }
            let location = flow.location("trigger.webhook.system").shifted(by: 0, length: webhook.system.count)
            switch definition.verification {
            case nil:
                diagnostics.append(Diagnostic(.unverifiedWebhook, at: location,
                                              "system `\(webhook.system)` declares no webhook verification; anyone who finds the URL can inject records",
                                              notes: ["declare `webhooks.verification` (hmac_sha256, standard_webhooks, or none with path_token: true)"]))
            case .none(pathToken: false)?:
                diagnostics.append(Diagnostic(.noneWithoutPathToken, at: location,
                                              "system `\(webhook.system)` verifies webhooks with `none` but no `path_token: true`",
                                              notes: ["without a signature, a secret token in the route is the only protection"]))
            default:
                break
            }
        }
        return diagnostics
    }
}
