import Foundation
import WaybillSimulators

/// Counts what reached the simulators: write calls answered 2xx, and error answers, per system.
struct DemoMeter {
    struct Reading {
        var writes: [String: Int] = [:]
        var errors = 0
        var lastSequence: [String: Int] = [:]
    }

    static let writeMethods: Set<String> = ["POST", "PUT", "PATCH", "DELETE"]

    /// Calls since `previous` (by call-log sequence numbers). Odoo's writes are its ORM calls
    /// (`create`, `write`, workflow methods), recognised from the JSON-2 path or the XML-RPC method.
    static func read(_ simulators: SandboxSimulators, since previous: Reading) -> Reading {
        var reading = Reading()
        for simulator in simulators.all {
            let name = simulator.name
            let after = previous.lastSequence[name] ?? 0
            let calls = simulator.environment.calls.calls.filter { $0.sequence > after }
            reading.lastSequence[name] = calls.map(\.sequence).max() ?? after
            for call in calls {
                if call.status >= 400 || call.status == 0 { reading.errors += 1 }
                guard (200..<300).contains(call.status), isWrite(call, system: name) else { continue }
                reading.writes[name, default: 0] += 1
            }
        }
        return reading
    }

    static func isWrite(_ call: CallRecord, system: String) -> Bool {
        guard writeMethods.contains(call.method) else { return false }
        if system != "odoo" { return !call.path.hasPrefix("/connect/") }
        let reads = ["search_read", "search", "read", "search_count", "fields_get", "version", "authenticate",
                     "login", "context_get"]
        let last = call.path.split(separator: "/").last.map(String.init) ?? ""
        return call.path.hasPrefix("/json/2/") && !reads.contains(last)
    }
}
