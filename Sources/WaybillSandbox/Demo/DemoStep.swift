import Foundation
import WaybillEngine

/// One scripted moment of the demo day: what happens, to which pair, and how to look at it.
struct DemoStep: Sendable {
    /// The pair (`Odoo ↔ ShipStation`), the table the step is reported in.
    let pair: String
    /// What happens, in the operator's words.
    let title: String
    /// The flows whose records this step moves (for the audit commands shown at the end).
    let flows: [String]
    /// Where the result can be seen (a simulator resource; shown under the table).
    let seeAt: String
    /// Drives the sandbox: seeds, fires webhooks, runs flows. Returns the engine's summary.
    let action: @Sendable (Sandbox) async throws -> RunSummary
}

/// What one step moved, measured on the simulators (write calls answered 2xx) and the engine.
struct DemoResult: Sendable {
    let step: DemoStep
    /// Successful writes (POST/PUT/PATCH/DELETE, 2xx) per system during the step.
    let writes: [String: Int]
    /// Error answers (4xx/5xx, including the injected faults) the engine got and survived.
    let errorsSurvived: Int
    let summary: RunSummary
    let seconds: Double
    /// Set when the step failed.
    let failure: String?
}
