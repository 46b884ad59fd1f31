/// An error of the state store or the secret vault. Its text never contains a secret value.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Code: Sendable, Hashable {
        case jobNotFound(JobID)
        case transitionRejected(JobID, JobTransitionError)
        case masterKeyMissing
        case masterKeyInvalid(String)
        case secretNotFound(String)
        case secretUnreadable(String)
        case invalidSecretName(String)
        case database(String)
    }

    private let code: Code

    private init(_ code: Code) { self.code = code }

    /// No job has this id.
    public static func jobNotFound(_ id: JobID) -> StoreError { StoreError(.jobNotFound(id)) }
    /// The job's state machine refused the transition (e.g. the lease was lost).
    public static func transitionRejected(_ id: JobID, _ reason: JobTransitionError) -> StoreError {
        StoreError(.transitionRejected(id, reason))
    }
    /// Neither `WAYBILL_MASTER_KEY` nor a key file was given.
    public static let masterKeyMissing = StoreError(.masterKeyMissing)
    /// The master key could not be used; `reason` says why (never the key itself).
    public static func masterKeyInvalid(_ reason: String) -> StoreError { StoreError(.masterKeyInvalid(reason)) }
    /// No secret has this name.
    public static func secretNotFound(_ name: String) -> StoreError { StoreError(.secretNotFound(name)) }
    /// The secret could not be decrypted (wrong master key or tampered data).
    public static func secretUnreadable(_ name: String) -> StoreError { StoreError(.secretUnreadable(name)) }
    /// The secret name is not of the form `part/part/…` with safe characters.
    public static func invalidSecretName(_ name: String) -> StoreError { StoreError(.invalidSecretName(name)) }
    /// SQLite reported an error.
    public static func database(_ message: String) -> StoreError { StoreError(.database(message)) }

    /// True when the caller lost its lease on a job (it expired and another worker took it).
    public var isLeaseLost: Bool {
        if case .transitionRejected(_, .notLeaseOwner) = code { return true }
        return false
    }

    /// A stable, machine-readable code.
    public var identifier: String {
        switch code {
        case .jobNotFound: "job_not_found"
        case .transitionRejected: "transition_rejected"
        case .masterKeyMissing: "master_key_missing"
        case .masterKeyInvalid: "master_key_invalid"
        case .secretNotFound: "secret_not_found"
        case .secretUnreadable: "secret_unreadable"
        case .invalidSecretName: "invalid_secret_name"
        case .database: "database"
        }
    }

    /// A message for operators.
    public var description: String {
        switch code {
        case .jobNotFound(let id):
            "no job with id \(id)"
        case .transitionRejected(let id, let reason):
            "job \(id): \(reason)"
        case .masterKeyMissing:
            "no master key: set WAYBILL_MASTER_KEY to a base64-encoded 32-byte key "
                + "(e.g. `openssl rand -base64 32`) or pass a key file"
        case .masterKeyInvalid(let reason):
            "invalid master key: \(reason)"
        case .secretNotFound(let name):
            "no secret named '\(name)'"
        case .secretUnreadable(let name):
            "secret '\(name)' cannot be decrypted: wrong master key, or the stored data was altered"
        case .invalidSecretName(let name):
            "invalid secret name '\(name)': use letters, digits, '.', '_', '-' in parts separated by '/'"
        case .database(let message):
            "state store: \(message)"
        }
    }
}
