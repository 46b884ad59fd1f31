/// Decodes a `table:` document (YAML rows) and the schema of a CSV table.
enum TableDecoder {
    static func decode(_ reader: MappingReader) -> TableDefinition? {
        let session = reader.session
        let name = reader.string("table", required: true)
        let description = reader.string("description")
        let keyType = reader.value("key").flatMap { session.fieldType($0, reader.child("key")) } ?? .string
        let columns = reader.value("columns").map { session.fieldSchema($0, reader.child("columns")) }
        let valueType = reader.value("value").flatMap { session.fieldType($0, reader.child("value")) }
        if columns != nil, valueType != nil, let node = reader.value("value") {
            session.report(.conflictingKeys, at: node.location, "a table has `columns:` or `value:`, not both")
        }
        var rows: [TableRow] = []
        if let rowsNode = reader.value("rows"), let inner = session.mapping(rowsNode, reader.child("rows")) {
            for entry in inner.entries {
                let key = LiteralValue(scalar: YAMLScalar(text: entry.key, style: .plain))
                let value = session.literalObject(entry.value)
                var cells: [String: LiteralValue] = [:]
                if case .mapping(let fields) = entry.value.content {
                    for field in fields { cells[field.key] = session.literalObject(field.value) }
                }
                rows.append(TableRow(key: key, value: value, cells: cells, location: entry.keyLocation))
            }
        }
        guard let name else { return nil }
        return TableDefinition(name: name, description: description, keyType: keyType, columns: columns,
                               valueType: columns == nil ? (valueType ?? .any) : nil, rows: rows,
                               location: reader.node.location)
    }
}

extension DecodeSession {
    /// A literal that may also be a mapping (rendered as a list of its values is not enough for
    /// table rows, so objects keep their cells in `TableRow.cells`; here a mapping becomes `.null`).
    func literalObject(_ node: YAMLNode) -> LiteralValue {
        if case .mapping = node.content { return .null }
        return literal(node)
    }
}
