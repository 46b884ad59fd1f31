/// Finds secrets written literally in any rule or connections file: a plain string under a key
/// named like a credential, or a string shaped like a known token (`ck_…`, `whsec_…`, `shpat_…`).
/// Runs on the YAML tree of each file, so it sees every key, known to the grammar or not.
enum LiteralSecretScanner {
    /// Keys whose plain-string value would be a secret.
    static let secretKeys: Set<String> = [
        "password", "passwd", "pass", "api_key", "apikey", "api_secret", "secret", "token", "access_token",
        "refresh_token", "client_secret", "consumer_secret", "consumer_key", "webhook_secret", "private_key",
        "auth_token", "bearer", "shared_secret", "signing_secret",
    ]

    /// Prefixes of well-known token formats.
    static let tokenPrefixes = ["ck_", "cs_", "whsec_", "shpat_", "shpss_", "shpca_", "shppa_", "sk_live_", "sk_test_", "pat-"]

    /// Whether a key names a credential.
    static func isSecretKey(_ key: String) -> Bool { secretKeys.contains(key.lowercased()) }

    /// Whether a text looks like a token of a known format.
    static func looksLikeToken(_ text: String) -> Bool {
        guard let prefix = tokenPrefixes.first(where: { text.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(prefix.count)
        return rest.count >= 12 && rest.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    /// Scans a document tree. `isFlow`: plain scalars are expressions there, so only quoted
    /// values count for the key-name rule.
    static func scan(_ node: YAMLNode, isFlow: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        walk(node, key: nil, parentKey: nil, isFlow: isFlow, into: &diagnostics)
        return diagnostics
    }

    private static func walk(_ node: YAMLNode, key: String?, parentKey: String?, isFlow: Bool,
                             into diagnostics: inout [Diagnostic]) {
        switch node.content {
        case .mapping(let entries):
            for entry in entries { walk(entry.value, key: entry.key, parentKey: key, isFlow: isFlow, into: &diagnostics) }
        case .sequence(let items):
            for item in items { walk(item, key: key, parentKey: parentKey, isFlow: isFlow, into: &diagnostics) }
        case .scalar(let scalar):
            guard !scalar.isNull, !scalar.text.isEmpty else { return }
            if looksLikeToken(scalar.text) {
                diagnostics.append(Diagnostic(.literalSecret, at: node.location,
                                              "this looks like a literal secret; reference a secret by name instead",
                                              notes: ["store it with `waybill secrets set NAME` and refer to NAME"]))
                return
            }
            guard let key, isSecretKey(key), key != "secret", parentKey != "secrets" else { return }
            if case .bool = LiteralValue(scalar: scalar) { return }
            if isFlow, !scalar.isQuoted || scalar.text.contains("${") { return }
            diagnostics.append(Diagnostic(.literalSecret, at: node.location,
                                          "`\(key)` holds a literal secret; rules reference secrets, never contain them",
                                          notes: ["write `\(key): { secret: \(key) }` in a system file, and map the slot to a secret name in connections.yaml"]))
        }
    }
}
