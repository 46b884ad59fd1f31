/// Decodes `webhooks.channel_check: { body: <path>, equals: <template> }`.
extension WebhookDecoder {
    static func channelCheck(_ node: YAMLNode, _ path: String, _ session: DecodeSession) -> ChannelCheck? {
        guard let reader = session.mapping(node, path) else { return nil }
        defer { reader.finish() }
        let body = reader.string("body", required: true)
        let equals = reader.expression("equals", required: true)
        guard let body, let equals else { return nil }
        return ChannelCheck(body: body, equals: equals)
    }
}
