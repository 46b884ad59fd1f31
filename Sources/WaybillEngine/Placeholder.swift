/// Placeholder.
enum WaybillEnginePlaceholder {}
