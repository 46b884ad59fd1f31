/// Namespace of the `WaybillStore` module.
public enum WaybillStoreModule {
    /// The module's name, as shown in diagnostics and logs.
    public static let name = "WaybillStore"
}
