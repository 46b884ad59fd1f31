import ArgumentParser
import Foundation
import WaybillStore

/// `waybill secrets set|list|rm`: manage encrypted secrets in the state store.
struct SecretsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "secrets",
        abstract: "Store, list and remove secrets (encrypted with the master key; values never shown).",
        subcommands: [Set.self, List.self, Remove.self]
    )

    /// Options shared by every `secrets` subcommand.
    struct Options: ParsableArguments {
        @Option(name: .long, help: "State database (default: $WAYBILL_DB or ./waybill.sqlite).")
        var db: String?

        @Flag(name: .long, help: "Print JSON.")
        var json = false

        func openStore() throws -> SQLiteStateStore {
            try SQLiteStateStore(path: db ?? SQLiteStoreConfiguration.defaultPath())
        }

        func print(json object: [String: any Sendable]) throws {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            Swift.print(String(decoding: data, as: UTF8.self))
        }
    }

    /// `waybill secrets set NAME`: value from stdin.
    struct Set: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store a secret read from standard input (one trailing newline is dropped).")

        @Argument(help: "Secret name, e.g. shipstation/acme/api_key.")
        var name: String

        @Option(name: .long, help: "Master key file (default: $WAYBILL_MASTER_KEY, then $WAYBILL_MASTER_KEY_FILE).")
        var keyFile: String?

        @OptionGroup var options: Options

        func run() async throws {
            try SecretVault.validate(name)
            let key = try MasterKey.load(keyFile: keyFile)
            var input = FileHandle.standardInput.readDataToEndOfFile()
            if input.last == UInt8(ascii: "\n") { input.removeLast() }
            if input.last == UInt8(ascii: "\r") { input.removeLast() }
            guard !input.isEmpty, let text = String(data: input, encoding: .utf8) else {
                throw ValidationError("no secret value on standard input (e.g. `printf %s VALUE | waybill secrets set \(name)`)")
            }
            let vault = SecretVault(store: try options.openStore(), key: key)
            try await vault.set(name, to: Redacted(text))
            if options.json {
                try options.print(json: ["name": name, "stored": true])
            } else {
                print("stored secret \(name)")
            }
        }
    }

    /// `waybill secrets list`: names only.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List secret names (never values).")

        @OptionGroup var options: Options

        func run() async throws {
            let infos = try await options.openStore().secretInfos()
            let formatter = ISO8601DateFormatter()
            if options.json {
                let rows: [[String: any Sendable]] = infos.map {
                    ["name": $0.name, "kind": $0.kind.rawValue, "updated_at": formatter.string(from: $0.updatedAt)]
                }
                try options.print(json: ["secrets": rows])
            } else if infos.isEmpty {
                print("no secrets")
            } else {
                for info in infos {
                    print("\(info.name)\t\(info.kind.rawValue)\t\(formatter.string(from: info.updatedAt))")
                }
            }
        }
    }

    /// `waybill secrets rm NAME`.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a secret.")

        @Argument(help: "Secret name.")
        var name: String

        @OptionGroup var options: Options

        func run() async throws {
            let removed = try await options.openStore().removeSecret(named: name)
            if options.json {
                try options.print(json: ["name": name, "removed": removed])
            } else {
                print(removed ? "removed secret \(name)" : "no secret named \(name)")
            }
            if !removed { throw ExitCode(1) }
        }
    }
}
