/// Namespace of the `WaybillSimulators` module.
public enum WaybillSimulatorsModule {
    /// The module's name, as shown in diagnostics and logs.
    public static let name = "WaybillSimulators"
}
