/// One named scheme of an `any_of` auth (`schemes: { pat: {…}, oauth2: {…} }`).
public struct AuthChoice: Sendable, Hashable {
    /// The name a connection picks with `auth: <name>`.
    public var name: String
    /// The scheme.
    public var scheme: AuthScheme
}

extension AuthScheme {
    /// The scheme a connection uses: for `any_of`, the connection's choice or else the default
    /// (nil when neither names a scheme); for any other scheme, itself (a choice must then be nil).
    public func resolved(choice: String?) -> AuthScheme? {
        guard case .anyOf(let choices, let defaultChoice) = self else { return choice == nil ? self : nil }
        guard let name = choice ?? defaultChoice else { return nil }
        return choices.first { $0.name == name }?.scheme
    }

    /// The names of an `any_of` scheme's choices (empty for other schemes).
    public var choiceNames: [String] {
        if case .anyOf(let choices, _) = self { return choices.map(\.name) }
        return []
    }
}
