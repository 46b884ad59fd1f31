/// Connections: systems, packs and flows exist; secret slots match the system's auth.
struct ConnectionsValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let packs = Set(model.flows.compactMap(\.value.pack))
        let flows = model.flows.map(\.value.name)
        for located in model.connections {
            for tenant in located.value.tenants {
                let base = "tenants.\(tenant.name)"
                for (position, pack) in tenant.packs.enumerated() where !packs.isEmpty && !packs.contains(pack) {
                    diagnostics.append(Diagnostic(.unknownConnectionReference, at: located.location("\(base).packs[\(position)]"),
                                                  "no loaded flow is in pack `\(pack)`",
                                                  suggestion: Suggestion.closest(to: pack, in: packs.sorted())))
                }
                for (position, flow) in tenant.excludedFlows.enumerated() where !flows.isEmpty && !flows.contains(flow) {
                    diagnostics.append(Diagnostic(.unknownConnectionReference,
                                                  at: located.location("\(base).flows.exclude[\(position)]"),
                                                  "unknown flow `\(flow)`", suggestion: Suggestion.closest(to: flow, in: flows)))
                }
                for connection in tenant.connections {
                    let path = "\(base).connections.\(connection.system)"
                    guard !index.systems.isEmpty else { continue }
                    guard let system = index.systems[connection.system] else {
                        diagnostics.append(Diagnostic(.unknownConnectionReference, at: located.keyLocation(path),
                                                      "connection for unknown system `\(connection.system)`",
                                                      suggestion: Suggestion.closest(to: connection.system, in: index.systems.keys.sorted())))
                        continue
                    }
                    let auth = AuthChoiceCheck.scheme(of: connection, system, path: path, located, into: &diagnostics)
                    var slots = Set((auth ?? system.auth)?.slots.map(\.name) ?? [])
                    slots.formUnion(system.webhooks?.verification?.slots.map(\.name) ?? [])
                    for slot in connection.secrets.keys.sorted() where !slots.contains(slot) {
                        diagnostics.append(Diagnostic(.unknownConnectionReference, at: located.keyLocation("\(path).secrets.\(slot)"),
                                                      "system `\(system.name)` has no secret slot `\(slot)`",
                                                      suggestion: Suggestion.closest(to: slot, in: slots.sorted())))
                    }
                    for slot in slots.sorted() where connection.secrets[slot] == nil {
                        diagnostics.append(Diagnostic(.missingKey, at: located.keyLocation(path),
                                                      "connection `\(connection.system)` of tenant `\(tenant.name)` gives no secret for slot `\(slot)`"))
                    }
                }
            }
        }
        return diagnostics
    }
}

extension WebhookVerification {
    /// The secret slots the scheme needs.
    public var slots: [SecretSlot] {
        switch self {
        case .hmacSHA256(_, _, _, let secret), .standardWebhooks(let secret, _): return [secret]
        case .none: return []
        }
    }
}
