import Foundation

/// One ORM call that reached the simulated Odoo over the network.
public struct OdooRPCCall: Sendable, Equatable {
    /// The wire protocol it came over.
    public enum Wire: String, Sendable {
        /// `/xmlrpc/2/object` `execute_kw`.
        case xmlRPC = "xmlrpc"
        /// `/json/2/<model>/<method>`.
        case json2 = "json2"
        /// `/jsonrpc` `object.execute_kw`.
        case jsonRPC = "jsonrpc"
    }

    /// The protocol.
    public var wire: Wire
    /// The model, e.g. `sale.order`.
    public var model: String
    /// The method, e.g. `create`.
    public var method: String
}

/// The ORM calls clients made (not those made in-process through `OdooInstance.executeKw`),
/// so tests can assert "one `sale.order.create` over XML-RPC" whatever the protocol.
public final class OdooRPCLog: Sendable {
    private let entries = Locked<[OdooRPCCall]>([])

    /// An empty log.
    public init() {}

    /// Appends a call.
    public func record(_ wire: OdooRPCCall.Wire, model: String, method: String) {
        entries.withLock { $0.append(OdooRPCCall(wire: wire, model: model, method: method)) }
    }

    /// Every call, oldest first.
    public var calls: [OdooRPCCall] { entries.withLock { $0 } }

    /// How many `model.method` calls arrived (over any protocol).
    public func count(model: String, method: String) -> Int {
        calls.filter { $0.model == model && $0.method == method }.count
    }

    /// Forgets every call.
    public func reset() { entries.withLock { $0 = [] } }
}
