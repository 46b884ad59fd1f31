import Foundation
import Testing
import WaybillStore

@Suite struct SecretTests {
    let plaintext = "sk_live_PLAINTEXT_7f3a9c"
    let refresh = "rt_ROTATED_REFRESH_42b1"

    @Test func valueRoundTripsAndNeverReachesTheFile() async throws {
        let store = try makeStore()
        let vault = SecretVault(store: store, key: .generate())
        try await vault.set("shipstation/acme/api_key", to: Redacted(plaintext), now: t0)
        try await vault.storeToken(
            OAuthTokenSet(accessToken: Redacted("at_ACCESS_99"), refreshToken: Redacted(refresh), expiresAt: t0.plus(3600)),
            named: "shopify/acme/oauth", now: t0)
        #expect(try await vault.value(named: "shipstation/acme/api_key").reveal() == plaintext)
        let tokens = try #require(try await vault.token(named: "shopify/acme/oauth"))
        #expect(tokens.refreshToken?.reveal() == refresh)
        #expect(tokens.expiresAt == t0.plus(3600))
        let names = try await vault.list().map(\.name)
        #expect(names == ["shipstation/acme/api_key", "shopify/acme/oauth"])

        // Grep every file of the database (main file, WAL, shared memory) for the plaintexts.
        let directory = URL(fileURLWithPath: store.path).deletingLastPathComponent()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(files.contains("store.sqlite-wal"))
        for file in files {
            let bytes = try Data(contentsOf: directory.appendingPathComponent(file))
            for secret in [plaintext, refresh, "at_ACCESS_99"] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(file) contains a plaintext secret")
            }
        }
    }

    @Test func wrongKeyGivesAClearErrorWithoutTheSecret() async throws {
        let store = try makeStore()
        try await SecretVault(store: store, key: .generate()).set("woo/acme/secret", to: Redacted(plaintext))
        let other = SecretVault(store: store, key: .generate())
        do {
            _ = try await other.value(named: "woo/acme/secret")
            Issue.record("decrypting with another key must fail")
        } catch let error as StoreError {
            #expect(error == .secretUnreadable("woo/acme/secret"))
            #expect(error.description.contains("wrong master key"))
            #expect(!error.description.contains(plaintext))
            #expect(!String(reflecting: error).contains(plaintext))
        }
    }

    @Test func ciphertextIsBoundToItsName() async throws {
        let store = try makeStore()
        let vault = SecretVault(store: store, key: .generate())
        try await vault.set("a/key", to: Redacted(plaintext))
        let sealed = try #require(try await store.sealedSecret(named: "a/key"))
        try await store.saveSealedSecret(SealedSecret(name: "b/key", kind: .value, sealed: sealed.sealed, updatedAt: t0))
        await #expect(throws: StoreError.secretUnreadable("b/key")) { _ = try await vault.value(named: "b/key") }
    }

    @Test func redactionInEveryPrintedForm() {
        let secret = Redacted(plaintext)
        let tokens = OAuthTokenSet(accessToken: Redacted("at_ACCESS_99"), refreshToken: Redacted(refresh), expiresAt: nil)
        var dumped = ""
        dump(secret, to: &dumped)
        dump(tokens, to: &dumped)
        let key = MasterKey.generate()
        dump(key, to: &dumped)
        let printed = [
            "\(secret)", String(describing: secret), String(reflecting: secret), "\(tokens)", String(reflecting: tokens),
            "\([secret])", "\(Optional(secret) as Any)", dumped, "\(key)", String(reflecting: key),
        ]
        for text in printed {
            #expect(!text.contains(plaintext) && !text.contains(refresh) && !text.contains("at_ACCESS_99"), "\(text)")
        }
        #expect("\(secret)" == "<redacted>")
    }

    @Test func removeAndMissing() async throws {
        let store = try makeStore()
        let vault = SecretVault(store: store, key: .generate())
        try await vault.set("x/y", to: Redacted("v"))
        #expect(try await vault.remove(named: "x/y"))
        #expect(!(try await vault.remove(named: "x/y")))
        await #expect(throws: StoreError.secretNotFound("x/y")) { _ = try await vault.value(named: "x/y") }
        #expect(try await vault.token(named: "x/y") == nil)
    }

    @Test(arguments: ["", "a//b", "/a", "a b", "a/b\n", String(repeating: "a", count: 201)])
    func invalidNamesAreRefused(name: String) async throws {
        let vault = SecretVault(store: try makeStore(), key: .generate())
        await #expect(throws: StoreError.invalidSecretName(name)) { try await vault.set(name, to: Redacted("v")) }
    }

    @Test func masterKeyFromEnvironmentAndFile() throws {
        let base64 = Data(repeating: 7, count: 32).base64EncodedString()
        _ = try MasterKey.load(environment: ["WAYBILL_MASTER_KEY": base64])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wb-key-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let textFile = directory.appendingPathComponent("key.b64")
        try Data((base64 + "\n").utf8).write(to: textFile)
        _ = try MasterKey.load(keyFile: textFile.path, environment: [:])
        let rawFile = directory.appendingPathComponent("key.bin")
        try Data(repeating: 9, count: 32).write(to: rawFile)
        _ = try MasterKey.load(environment: ["WAYBILL_MASTER_KEY_FILE": rawFile.path])
    }

    @Test func masterKeyErrorsAreClear() throws {
        #expect(throws: StoreError.masterKeyMissing) { try MasterKey.load(environment: [:]) }
        #expect(throws: StoreError.masterKeyInvalid("not valid base64 (create one with `openssl rand -base64 32`)")) {
            try MasterKey.load(environment: ["WAYBILL_MASTER_KEY": "not base64!"])
        }
        let short = Data(repeating: 1, count: 16).base64EncodedString()
        #expect(throws: StoreError.masterKeyInvalid("expected 32 bytes, got 16")) {
            try MasterKey.load(environment: ["WAYBILL_MASTER_KEY": short])
        }
        #expect(StoreError.masterKeyMissing.description.contains("WAYBILL_MASTER_KEY"))
    }

    @Test func rotatedTokenIsDurableWhenStoreTokenReturns() async throws {
        let store = try makeStore()
        let key = MasterKey.generate()
        let vault = SecretVault(store: store, key: key)
        try await vault.storeToken(
            OAuthTokenSet(accessToken: Redacted("a1"), refreshToken: Redacted("r1"), expiresAt: t0), named: "s/c/oauth")
        try await vault.storeToken(
            OAuthTokenSet(accessToken: Redacted("a2"), refreshToken: Redacted("r2"), expiresAt: t0.plus(60)), named: "s/c/oauth")
        try store.close()
        // A new process (new connection) sees the rotated token.
        let reopened = SecretVault(store: try SQLiteStateStore(path: store.path), key: key)
        #expect(try await reopened.token(named: "s/c/oauth")?.refreshToken?.reveal() == "r2")
    }
}
