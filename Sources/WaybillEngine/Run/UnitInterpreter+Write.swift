import Foundation
import WaybillExpressions
import WaybillStore

extension UnitInterpreter {
    /// Runs one write step and its follow-up calls; returns the target id, or nil when skipped.
    func runWrite(
        _ step: StepProgram, bindingIdentity: String, scope: inout UnitScope, now: Date, trace: CallTrace,
        audit: inout AuditTrail
    ) async throws -> String? {
        if let when = step.when, try when.evaluate(scope) != .bool(true) {
            audit.add(.skipped, at: now, ["step": .string(step.name), "reason": .string("when is false")])
            return nil
        }
        if case .report(let report) = step.operation {
            try await runReport(step, report, scope: scope, now: now, audit: &audit)
            return nil
        }
        guard let system = step.system, let target = step.target else {
            throw EngineError.configuration("step `\(step.name)` has no previous record to call on")
        }
        let client = try tenant.clients.client(system)
        var values: [String: Value] = [:]
        for (field, expression) in step.values { values[field] = try expression.evaluate(scope) }
        let payload = Value.object(values)
        let hash = PayloadHash.of(.object(["step": .string(step.name), "values": payload]))
        audit.add(.mapped, at: now, ["step": .string(step.name), "payload_hash": .string(hash), "payload": payload])

        let key = BindingKey(connection: tenant.name, flow: flow.name, sourceIdentity: bindingIdentity)
        var binding = try await store.binding(key)
        // A match naming the record by id designates the target: a binding left by another record
        // (the same source identity updated a different record before) is not "unchanged".
        let namedID = try Self.namedID(step, scope)
        if let namedID, let bound = binding, bound.targetID != namedID { binding = nil }
        if let binding, binding.payloadHash == hash {
            audit.add(.skipped, targetID: binding.targetID, at: now,
                      ["step": .string(step.name), "reason": .string("payload unchanged")])
            scope.bindStep(step.name, id: binding.targetID, record: payload)
            return binding.targetID
        }
        var targetID = binding?.targetID
        if targetID == nil, let namedID, step.operation.needsExisting {
            targetID = namedID                         // no find: the write itself fails if it is gone
        } else if targetID == nil, !step.match.isEmpty {
            let conditions = try step.match.map { try $0.resolve(scope) }
            let found = try await client.find(target, conditions: conditions, fields: ["id"], limit: 1, trace: trace)
            targetID = found.first.flatMap(Self.recordID)
        }
        var created: Value?
        let written = try await write(step, client: client, target: target, existing: targetID,
                                      bound: binding != nil, values: values, trace: trace, audit: &audit, now: now,
                                      created: &created)
        if !step.then.isEmpty {
            // Remember the target before the follow-ups, without the hash: a retry then finds the
            // record instead of creating another, and runs the follow-ups again.
            try await store.saveBinding(Binding(key: key, targetID: written, payloadHash: nil,
                                                ruleVersion: flow.ruleVersion, updatedAt: now))
        }
        scope.bindStep(step.name, id: written, record: Self.overlay(payload, created))
        for followUp in step.then {
            if let when = followUp.when, try when.evaluate(scope) != .bool(true) {
                audit.add(.skipped, targetID: written, at: now,
                          ["step": .string(followUp.name), "reason": .string("when is false")])
                continue
            }
            let operation: String
            switch followUp.operation {
            case .call(let method), .custom(let method): operation = method
            default: operation = followUp.name
            }
            var extra: [String: Value] = [:]
            for (field, expression) in followUp.values { extra[field] = try expression.evaluate(scope) }
            let callClient = try followUp.system.map { try tenant.clients.client($0) } ?? client
            try await callClient.call(followUp.target ?? target, id: written, operation: operation,
                                      values: followUp.callValues(extra),
                                      trace: trace)
        }
        try await store.saveBinding(Binding(key: key, targetID: written, payloadHash: hash,
                                            ruleVersion: flow.ruleVersion, updatedAt: now))
        return written
    }

    private func write(
        _ step: StepProgram, client: any SystemClient, target: String, existing: String?, bound: Bool,
        values: [String: Value], trace: CallTrace, audit: inout AuditTrail, now: Date, created: inout Value?
    ) async throws -> String {
        func required() throws -> String {
            guard let existing else {
                throw EngineError.permanent("step `\(step.name)`: no \(target) record matched for \(step.operation)")
            }
            return existing
        }
        switch step.operation {
        case .create:
            if let existing, bound {
                try await client.update(target, id: existing, values: values, trace: trace)
                return existing
            }
            if let existing {
                audit.add(.adopted, targetID: existing, at: now,
                          ["step": .string(step.name), "reason": .string("match found an existing record")])
                return existing
            }
            let made = try await client.createRecord(target, values: values, trace: trace)
            created = made.record
            return made.id
        case .upsert:
            if let existing {
                try await client.update(target, id: existing, values: values, trace: trace)
                return existing
            }
            return try await client.create(target, values: values, trace: trace)
        case .update:
            let id = try required()
            try await client.update(target, id: id, values: values, trace: trace)
            return id
        case .delete:
            let id = try required()
            try await client.delete(target, id: id, trace: trace)
            return id
        case .call(let method):
            let id = try required()
            try await client.call(target, id: id, operation: method, values: step.callValues(values), trace: trace)
            return id
        case .custom(let operation):
            let id = existing ?? ""
            try await client.call(target, id: id, operation: operation, values: values, trace: trace)
            return id
        case .report:
            throw EngineError.configuration("step `\(step.name)`: a report step writes nothing")
        }
    }

    /// The id a step's match names directly (`match: [[id, '=', X]]`), else nil.
    static func namedID(_ step: StepProgram, _ scope: UnitScope) throws -> String? {
        guard step.match.count == 1, let term = step.match.first, term.field == "id", term.op == "=" else { return nil }
        let value = try term.value.evaluate(scope)
        guard !value.isNull, let text = value.text, !text.isEmpty else { return nil }
        return text
    }

    /// The values sent, overlaid with the record the system answered a create with (its ids,
    /// generated fields): what `steps.<name>.record` shows.
    static func overlay(_ payload: Value, _ created: Value?) -> Value {
        guard case .object(var fields) = payload, case .object(let answered)? = created else { return payload }
        for (name, value) in answered { fields[name] = value }
        return .object(fields)
    }

    /// The `id` of a found record as text.
    static func recordID(_ record: Value) -> String? {
        guard case .object(let fields) = record, let id = fields["id"], !id.isNull else { return nil }
        return id.text
    }
}

extension StepProgram.Operation {
    /// Operations on a record that must already exist (`update`, `delete`, `call`).
    var needsExisting: Bool {
        switch self {
        case .update, .delete, .call: true
        default: false
        }
    }
}
