/// Reads a CSV lookup table: the first row is the header, the first column the key. Types come from
/// an optional sibling `<name>.schema.yaml` (a `table:` document without rows), else all strings.
enum CSVTableDecoder {
    static func decode(_ source: SourceFile, name: String, schema: TableDefinition?) -> (TableDefinition?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let records = parse(source.text)
        guard let header = records.first, !header.cells.isEmpty else {
            diagnostics.append(Diagnostic(.csvShape, at: SourceLocation(file: source.path, line: 1, column: 1),
                                          "a CSV table needs a header row"))
            return (nil, diagnostics)
        }
        let columnNames = Array(header.cells.dropFirst())
        var columns: [String: FieldType] = [:]
        for column in columnNames { columns[column] = schema?.columns?[column] ?? .string }
        var rows: [TableRow] = []
        for record in records.dropFirst() where !(record.cells.count == 1 && record.cells[0].isEmpty) {
            let location = SourceLocation(file: source.path, line: record.line, column: 1)
            guard record.cells.count == header.cells.count else {
                diagnostics.append(Diagnostic(.csvShape, at: location,
                                              "row has \(record.cells.count) cells but the header has \(header.cells.count)"))
                continue
            }
            var cells: [String: LiteralValue] = [:]
            for (index, column) in columnNames.enumerated() {
                let text = record.cells[index + 1]
                cells[column] = typed(text, as: columns[column] ?? .string)
            }
            let key = typed(record.cells[0], as: schema?.keyType ?? .string)
            rows.append(TableRow(key: key, value: .null, cells: cells, location: location))
        }
        let table = TableDefinition(name: schema?.name ?? name, description: schema?.description,
                                    keyType: schema?.keyType ?? .string, columns: columns, valueType: nil,
                                    rows: rows, location: SourceLocation(file: source.path, line: 1, column: 1))
        return (table, diagnostics)
    }

    private static func typed(_ text: String, as type: FieldType) -> LiteralValue {
        switch type.nonOptional {
        case .string, .enumeration, .date, .datetime, .naiveDateTime: return text.isEmpty && type != type.nonOptional ? .null : .string(text)
        default: return LiteralValue(scalar: YAMLScalar(text: text, style: .plain))
        }
    }

    struct Record {
        var cells: [String]
        var line: Int
    }

    /// RFC 4180 records with quoted cells (`""` escapes a quote).
    static func parse(_ text: String) -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { cell.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"": quoted = true
            case ",": cells.append(cell); cell = ""
            case "\r": break
            case "\n":
                cells.append(cell); cell = ""
                records.append(Record(cells: cells, line: recordLine)); cells = []
                line += 1
                recordLine = line
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            records.append(Record(cells: cells, line: recordLine))
        }
        return records
    }
}
