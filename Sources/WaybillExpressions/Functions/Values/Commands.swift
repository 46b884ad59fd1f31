extension FunctionDefinition {
    /// `commands(list)`: explicit Odoo x2many write commands from `{op, id?, ids?, values?}` objects.
    static let commands = FunctionDefinition(
        name: "commands",
        summary: "Odoo x2many commands from objects {op, id?, ids?, values?}: op is create (values), update (id, values), delete (id), unlink (id), link (id), clear, or set (ids). The result is the list of command triples, written unchanged.",
        parameters: [FunctionParameter("commands", .list(.any))],
        examples: [
            FunctionExample("commands([{op: 'update', id: 7, values: {quantity: 2}}])",
                            .list([.list([.int(1), .int(7), .object(["quantity": .int(2)])])])),
            FunctionExample("commands([{op: 'create', values: {name: 'x'}}, {op: 'link', id: 3}])",
                            .list([.list([.int(0), .int(0), .object(["name": .string("x")])]),
                                   .list([.int(4), .int(3), .int(0)])])),
            FunctionExample("commands([{op: 'set', ids: [1, 2]}, {op: 'clear'}])",
                            .list([.list([.int(6), .int(0), .list([.int(1), .int(2)])]),
                                   .list([.int(5), .int(0), .int(0)])])),
            FunctionExample("commands([{op: 'remove', id: 1}])", fails: .invalidValue),
            FunctionExample("commands([{op: 'update', values: {a: 1}}])", fails: .nullValue),
        ],
        typing: { types in
            let element = Typing.element(types[0]).nonOptional
            if case .object(let shape) = element {
                let extra = shape.fields.keys.filter { !OdooCommandShape.keys.contains($0) }.sorted()
                if let first = extra.first {
                    return .badArgument(0, "a command has op, id, ids and values, not `\(first)`")
                }
                if !shape.isOpen, shape.fields["op"] == nil {
                    return .badArgument(0, "a command needs `op`")
                }
            } else if element != .any {
                return .badArgument(0, "commands takes a list of {op, id?, ids?, values?} objects, not a list of \(element)")
            }
            return .type(.list(.list(.any)))
        },
        implementation: .pure { args in
            try .list(args.list(0).map { try OdooCommandShape.triple($0, args) })
        })
}

/// The `{op, id?, ids?, values?}` form of one Odoo x2many command.
enum OdooCommandShape {
    /// The keys a command object may have.
    static let keys: Set<String> = ["op", "id", "ids", "values"]
    /// Operation names and Odoo's command numbers.
    static let codes: [String: Int] = ["create": 0, "update": 1, "delete": 2, "unlink": 3, "link": 4, "clear": 5, "set": 6]

    /// The `[code, id, payload]` triple of one command object.
    static func triple(_ value: Value, _ args: FunctionArguments) throws -> Value {
        guard case .object(let fields) = value else {
            throw args.error(.typeMismatch, "commands: an element is a \(value.kindName), not an object")
        }
        guard case .string(let op)? = fields["op"], let code = codes[op] else {
            throw args.error(.invalidValue, "commands: `op` is one of \(codes.keys.sorted().joined(separator: ", "))")
        }
        func require(_ key: String) throws -> Value {
            guard let found = fields[key], !found.isNull else {
                throw args.error(.nullValue, "commands: `\(op)` needs `\(key)`")
            }
            return found
        }
        switch op {
        case "create": return .list([.int(0), .int(0), try require("values")])
        case "update": return .list([.int(code), try require("id"), try require("values")])
        case "set": return .list([.int(code), .int(0), try require("ids")])
        case "clear": return .list([.int(code), .int(0), .int(0)])
        default: return .list([.int(code), try require("id"), .int(0)])
        }
    }
}
