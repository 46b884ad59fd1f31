/// Systems by name with named types resolved, for reference checks and expression typing.
struct SchemaIndex: Sendable {
    var systems: [String: SystemDefinition] = [:]
    var tables: [String: TableDefinition] = [:]

    init(_ model: RuleModel) {
        for located in model.systems where systems[located.value.name] == nil {
            systems[located.value.name] = Self.resolved(located.value)
        }
        for located in model.tables where tables[located.value.name] == nil {
            tables[located.value.name] = located.value
        }
    }

    /// The field schema of a resource or model, if both system and source exist.
    func fields(system: String, source: RecordSource) -> [String: FieldType]? {
        guard let definition = systems[system] else { return nil }
        switch source {
        case .resource(let name): return definition.resources[name]?.fields
        case .model(let name): return definition.models[name]?.fields
        }
    }

    /// Resolves a dotted path (`partner_id.email`, `items.sku`) in a schema; returns the type of the
    /// last segment or the first segment that does not exist, with the known names there.
    func resolve(_ path: String, in fields: [String: FieldType], system: String) -> PathResolution {
        var current = fields
        var type: FieldType = .object(fields)
        let segments = path.split(separator: ".").map(String.init)
        for (index, segment) in segments.enumerated() {
            guard let next = current[segment] else {
                return .missing(segment: segment, index: index, known: Array(current.keys))
            }
            type = next
            guard index < segments.count - 1 else { break }
            if case .many2one(let model) = next.nonOptional {
                guard let target = systems[system]?.models[model]?.fields else { return .opaque }
                current = target
            } else if let object = next.objectFields ?? next.elementType?.objectFields {
                current = object
            } else if next.nonOptional == .any {
                return .opaque
            } else {
                return .missing(segment: segments[index + 1], index: index + 1, known: [])
            }
        }
        return .found(type)
    }

    /// What a path resolves to.
    enum PathResolution {
        case found(FieldType)
        case opaque
        case missing(segment: String, index: Int, known: [String])
    }

    static func resolved(_ system: SystemDefinition) -> SystemDefinition {
        var copy = system
        func resolve(_ type: FieldType, depth: Int) -> FieldType {
            guard depth < 16 else { return .any }
            switch type {
            case .named(let name): return system.types[name].map { resolve($0, depth: depth + 1) } ?? .any
            case .optional(let inner): return .optional(resolve(inner, depth: depth))
            case .list(let inner): return .list(resolve(inner, depth: depth))
            case .object(let fields): return .object(fields.mapValues { resolve($0, depth: depth) })
            case .naiveDateTime(nil): return .naiveDateTime(zone: system.timeZone)
            default: return type
            }
        }
        for (name, resource) in system.resources {
            copy.resources[name]?.fields = resource.fields.mapValues { resolve($0, depth: 0) }
        }
        for (name, model) in system.models {
            copy.models[name]?.fields = model.fields.mapValues { resolve($0, depth: 0) }
        }
        copy.types = system.types.mapValues { resolve($0, depth: 0) }
        return copy
    }
}
