/// Namespace of the `WaybillConnectors` module.
public enum WaybillConnectorsModule {
    /// The module's name, as shown in diagnostics and logs.
    public static let name = "WaybillConnectors"
}
