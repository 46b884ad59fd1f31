extension FunctionDefinition {
    /// `lookup(table, key, default?)`: a value from a lookup table.
    static let lookup: FunctionDefinition = {
        var definition = FunctionDefinition(
            name: "lookup",
            summary: "The value stored under `key` in the named table (a quoted name of a declared table). A missing key returns `default`, or is an error without one.",
            parameters: [FunctionParameter("table", .string), FunctionParameter("key", .any),
                         FunctionParameter("default", .any, optional: true)],
            returns: .any,
            examples: [
                FunctionExample("lookup('carriers', 'ups')", .string("UPS Ground")),
                FunctionExample("lookup('carriers', 'dhl', 'Other')", .string("Other")),
                FunctionExample("lookup('carriers', 'dhl', null)", .null),
                FunctionExample("lookup('carriers', 'dhl')", fails: .missingKey),
            ],
            implementation: .contextual { args, context in
                let table = try args.string(0)
                let key = try args.present(1)
                if let value = context.tables.value(in: table, for: key) { return value }
                if args.has(2) { return args[2] }
                throw args.error(.missingKey, "no key \(key.text.map { "'\($0)'" } ?? "") in table '\(table)'")
            })
        definition.readsTable = true
        return definition
    }()
}
