/// Decodes `auth: { scheme: any_of, schemes: {…}, default: … }`.
extension AuthDecoder {
    static func anyOf(_ reader: MappingReader, _ session: DecodeSession) -> AuthScheme? {
        let choices = reader.entries("schemes", required: true) { name, node, path -> AuthChoice? in
            guard let scheme = decode(node, path, session) else { return nil }
            if case .anyOf = scheme {
                session.report(.badValue, at: node.location, "an `any_of` choice cannot itself be `any_of`")
                return nil
            }
            return AuthChoice(name: name, scheme: scheme)
        }?.map(\.1) ?? []
        let defaultChoice = reader.string("default")
        if let defaultChoice, !choices.isEmpty, !choices.contains(where: { $0.name == defaultChoice }),
           let node = reader.value("default") {
            session.report(.badValue, at: node.location.shifted(by: 0, length: defaultChoice.count),
                           "`default` names no scheme of `schemes`",
                           suggestion: Suggestion.closest(to: defaultChoice, in: choices.map(\.name)))
        }
        return .anyOf(choices: choices, defaultChoice: defaultChoice)
    }
}
