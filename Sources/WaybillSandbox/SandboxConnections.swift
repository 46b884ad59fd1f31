import Foundation
import WaybillRules
import WaybillSimulators

/// The connections file of a sandbox: one tenant whose connections point at the simulators, and
/// the secrets (by name) those connections reference. Everything comes from the system files
/// (which auth scheme, which secret slots, whether webhooks carry a path token) and from what
/// each simulator declares (``Simulator/connection(for:)``).
struct SandboxConnections {
    /// The secret name a connection's webhook path token is stored under.
    static func pathTokenName(tenant: String, system: String) -> String { "\(system)/\(tenant)/webhook_path" }

    /// The connections file's text, and the OAuth grants to complete before the engine starts
    /// (secret name of the refresh-token slot → grant).
    struct Rendered {
        var text: String
        var grants: [(secret: String, grant: SimulatorOAuthGrant)]
    }

    let options: SandboxOptions
    /// The rules compiled without connections (for the system files).
    let plan: Plan
    let simulators: SandboxSimulators
    /// The systems to connect.
    let systems: Set<String>

    /// The YAML text; the secrets it names are set in `secrets`.
    func render(secrets: SandboxSecrets, pathToken: String) throws -> Rendered {
        var text = "tenants:\n  \(options.tenant):\n    packs: [\(options.packs.joined(separator: ", "))]\n"
        if !options.excludedFlows.isEmpty {
            text += "    flows: { exclude: [\(options.excludedFlows.joined(separator: ", "))] }\n"
        }
        text += "    connections:\n"
        var grants: [(secret: String, grant: SimulatorOAuthGrant)] = []
        for simulator in simulators.all {
            for system in simulator.systems where systems.contains(system) {
                text += try connection(system, simulator.connection(for: system), secrets: secrets, pathToken: pathToken,
                                       grants: &grants)
            }
        }
        return Rendered(text: text, grants: grants)
    }

    private func connection(
        _ system: String, _ declared: SimulatorConnection, secrets: SandboxSecrets, pathToken: String,
        grants: inout [(secret: String, grant: SimulatorOAuthGrant)]
    ) throws -> String {
        guard let definition = plan.systems[system] else { throw SandboxError("no system file declares `\(system)`") }
        func name(_ slot: String) -> String { "\(system)/\(options.tenant)/\(slot)" }
        let choice = options.authChoices[system]
        let scheme = definition.auth?.resolved(choice: choice)
        if definition.auth != nil, scheme == nil {
            throw SandboxError("system `\(system)` has no auth scheme `\(choice ?? "")` (and no default)")
        }
        var text = "      \(system):\n        base_url: \(declared.baseURL)\n"
        for (key, value) in declared.fields.sorted(by: { $0.key < $1.key }) { text += "        \(key): \(value)\n" }
        if let choice { text += "        auth: \(choice)\n" }
        var settings = declared.settings
        var pending: String?
        if case .oauth2Refresh(_, _, _, let refresh, _)? = scheme {
            guard let grant = declared.oauth else {
                throw SandboxError("the simulator of `\(system)` declares no OAuth grant for its `oauth2_refresh` auth")
            }
            settings["token_url"] = grant.tokenURL
            pending = refresh.name
            grants.append((name(refresh.name), grant))
        }
        if !settings.isEmpty {
            text += "        settings: { " + settings.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                .joined(separator: ", ") + " }\n"
        }
        let slots = ((scheme?.slots ?? []) + (definition.webhooks?.verification?.slots ?? []))
            .map(\.name).reduce(into: [String]()) { list, slot in if !list.contains(slot) { list.append(slot) } }
        for slot in slots {
            guard let value = declared.secrets[slot] ?? (slot == pending ? "" : nil) else {
                throw SandboxError("the simulator of `\(system)` declares no value for secret slot `\(slot)`")
            }
            secrets.set(name(slot), value)
        }
        if !slots.isEmpty {
            text += "        secrets: { " + slots.map { "\($0): \(name($0))" }.joined(separator: ", ") + " }\n"
        }
        if case .none(pathToken: true)? = definition.webhooks?.verification {
            let tokenName = Self.pathTokenName(tenant: options.tenant, system: system)
            secrets.set(tokenName, pathToken)
            text += "        webhook: { path_token: { secret: \(tokenName) } }\n"
        }
        return text
    }
}
