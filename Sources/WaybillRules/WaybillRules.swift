/// Namespace of the `WaybillRules` module.
public enum WaybillRulesModule {
    /// The module's name, as shown in diagnostics and logs.
    public static let name = "WaybillRules"
}
