import Foundation

extension FunctionDefinition {
    /// `now()`: the evaluation's current instant.
    static let now = FunctionDefinition(
        name: "now", summary: "The current instant, as given by the evaluation context (fixed per evaluation, controllable in tests).",
        parameters: [], returns: .datetime,
        examples: [
            FunctionExample("now()", .datetime(Date(timeIntervalSince1970: 1_710_066_600))),
            FunctionExample("format_time(now(), '%F')", .string("2024-03-10")),
        ],
        implementation: .contextual { _, context in .datetime(context.now) })
}
