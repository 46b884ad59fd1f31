/// The record a flow's units come from: the webhook's resource when the flow has a webhook
/// trigger (the poll is then a safety net), else the polled resource or model.
struct FlowSource {
    var system: String
    var source: RecordSource?
    var fields: [String: FieldType]?

    init?(_ flow: FlowDefinition, _ index: SchemaIndex) {
        if let webhook = flow.trigger.webhook {
            system = webhook.system
            let definition = index.systems[webhook.system]
            let events = webhook.events.isEmpty ? (definition?.webhooks?.events ?? []) : webhook.events
            let resource = events.lazy.compactMap { definition?.webhooks?.resources[$0] }.first
            if let resource, let definition {
                source = definition.models[resource] != nil ? .model(resource) : .resource(resource)
                fields = source.flatMap { index.fields(system: webhook.system, source: $0) }
            }
        } else if let poll = flow.trigger.poll {
            system = poll.system
            source = poll.source
            fields = index.fields(system: poll.system, source: poll.source)
        } else {
            return nil
        }
    }
}
