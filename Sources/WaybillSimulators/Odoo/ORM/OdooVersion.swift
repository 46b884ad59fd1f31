/// The Odoo release the simulator pretends to be: 17.0 speaks XML-RPC only, 19.0 adds JSON-2.
public enum OdooVersion: String, Sendable, CaseIterable {
    case v17 = "17.0"
    case v18 = "18.0"
    case v19 = "19.0"

    /// The major version number.
    public var major: Int {
        switch self {
        case .v17: return 17
        case .v18: return 18
        case .v19: return 19
        }
    }

    /// True if `/json/2/…` and `GET /web/version` exist (19.0 and later).
    public var hasJSON2: Bool { major >= 19 }

    /// `release.version_info`: `[19, 0, 0, "final", 0, ""]`.
    var versionInfo: OdooValue { [.int(major), 0, 0, "final", 0, ""] }

    /// `common.version()` / `/web/webclient/version_info` result.
    var versionDict: OdooValue {
        [
            "server_version": .string(rawValue),
            "server_version_info": versionInfo,
            "server_serie": .string(rawValue),
            "protocol_version": 1,
        ]
    }
}
