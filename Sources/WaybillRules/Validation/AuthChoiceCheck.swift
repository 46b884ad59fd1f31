/// A connection's `auth:` choice: required (unless the system has a default) and known when the
/// system's auth is `any_of`, absent otherwise.
enum AuthChoiceCheck {
    /// The scheme the connection uses, after reporting a missing, unknown or needless choice.
    static func scheme(of connection: Connection, _ system: SystemDefinition, path: String,
                       _ located: Located<ConnectionsDefinition>, into diagnostics: inout [Diagnostic]) -> AuthScheme? {
        guard let auth = system.auth else {
            if connection.auth != nil { needless(connection, system, path, located, &diagnostics) }
            return nil
        }
        if let resolved = auth.resolved(choice: connection.auth) { return resolved }
        let names = auth.choiceNames
        if names.isEmpty {
            needless(connection, system, path, located, &diagnostics)
            return auth
        }
        if let choice = connection.auth {
            diagnostics.append(Diagnostic(.unknownConnectionReference, at: located.location("\(path).auth").shifted(by: 0, length: choice.count),
                                          "system `\(system.name)` has no auth scheme `\(choice)`",
                                          suggestion: Suggestion.closest(to: choice, in: names),
                                          notes: ["choices: \(names.joined(separator: ", "))"]))
        } else {
            diagnostics.append(Diagnostic(.missingKey, at: located.keyLocation(path),
                                          "system `\(system.name)` authenticates with one of \(names.joined(separator: ", ")) and has no default; add `auth:`"))
        }
        return nil
    }

    private static func needless(_ connection: Connection, _ system: SystemDefinition, _ path: String,
                                 _ located: Located<ConnectionsDefinition>, _ diagnostics: inout [Diagnostic]) {
        diagnostics.append(Diagnostic(.badValue, at: located.keyLocation("\(path).auth"),
                                      "`auth:` chooses among the schemes of an `any_of` auth; system `\(system.name)` has one scheme"))
    }
}
