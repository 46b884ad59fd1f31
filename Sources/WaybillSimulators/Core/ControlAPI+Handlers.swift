import Foundation

extension ControlAPI {
    static func listRecords(_ request: SimRequest, environment: SimulatorEnvironment) throws -> SimResponse {
        let resource = request.parameter("resource") ?? ""
        let all = environment.records.all(resource)
        let offset = max(0, request.queryInt("offset") ?? 0)
        let limit = max(0, request.queryInt("limit") ?? 1_000)
        let page = all.dropFirst(offset).prefix(limit)
        return .json(["resource": .string(resource), "count": .int(all.count), "records": .array(Array(page))])
    }

    /// `POST /_sim/records/{resource}` with one record or an array; returns the ids stored.
    static func seedRecords(_ request: SimRequest, simulator: any Simulator) throws -> SimResponse {
        let resource = request.parameter("resource") ?? ""
        guard let body = request.json else { throw ControlError("body must be a JSON object or array") }
        let items: [JSONValue]
        switch body {
        case .array(let array): items = array
        case .object: items = [body]
        default: throw ControlError("body must be a JSON object or array")
        }
        let idField = simulator.idField(for: resource)
        var ids: [JSONValue] = []
        ids.reserveCapacity(items.count)
        for item in items {
            guard case .object = item else { throw ControlError("every record must be a JSON object") }
            let stored = simulator.environment.records.insert(resource, item, idField: idField)
            ids.append(stored[idField] ?? .null)
        }
        return .json(["resource": .string(resource), "stored": .int(items.count), "ids": .array(ids)], status: 201)
    }

    /// `POST /_sim/faults` with one rule, an array, or `{"faults": [...], "seed": n}`.
    static func addFaults(_ request: SimRequest, environment: SimulatorEnvironment) throws -> SimResponse {
        guard let body = request.json else { throw ControlError("body must be JSON") }
        let rules: [JSONValue]
        if let array = body.arrayValue {
            rules = array
        } else if let array = body["faults"]?.arrayValue {
            rules = array
        } else {
            rules = [body]
        }
        let parsed = try rules.map(FaultRule.from(json:))
        if let seed = body["seed"]?.intValue { environment.faults.reseed(UInt64(truncatingIfNeeded: seed)) }
        parsed.forEach(environment.faults.add)
        return .json(["faults": .array(environment.faults.rules.map(\.json))], status: 201)
    }

    /// `POST /_sim/clock` with `{"set": ISO 8601}`, `{"advance_seconds": n}` or `{"mode": "real"|"manual"}`.
    static func driveClock(_ request: SimRequest, clock: SimulatorClock) throws -> SimResponse {
        guard let body = request.json else { throw ControlError("body must be JSON") }
        if let text = body["set"]?.stringValue {
            guard let date = SimTime.parseISO8601(text) else { throw ControlError("cannot read time \"\(text)\"") }
            clock.set(date)
        }
        if let seconds = body["advance_seconds"]?.doubleValue {
            guard seconds >= 0 else { throw ControlError("\"advance_seconds\" must be ≥ 0") }
            clock.advance(by: seconds)
        }
        switch body["mode"]?.stringValue {
        case "real"?: clock.useRealTime()
        case "manual"?: if !clock.isManual { clock.set(clock.now()) }
        case nil: break
        case let other?: throw ControlError("unknown clock mode \"\(other)\" (real, manual)")
        }
        return .json(clockState(clock))
    }

    static func clockState(_ clock: SimulatorClock) -> JSONValue {
        let now = clock.now()
        return [
            "now": .string(SimTime.iso8601(now)), "unix": .double(now.timeIntervalSince1970),
            "mode": .string(clock.isManual ? "manual" : "real"), "sleepers": .int(clock.pendingSleepers),
        ]
    }
}
