/// Namespace of the `WaybillExpressions` module.
public enum WaybillExpressionsModule {
    /// The module's name, as shown in diagnostics and logs.
    public static let name = "WaybillExpressions"
}
