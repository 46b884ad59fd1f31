/// Table rows: key types, cell types, unknown and missing columns, duplicate keys.
struct TableValidator: RuleValidator {
    func validate(_ model: RuleModel, _ index: SchemaIndex) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for located in model.tables {
            let table = located.value
            var seen: Set<LiteralValue> = []
            for row in table.rows {
                if !row.key.fits(table.keyType) {
                    diagnostics.append(Diagnostic(.tableTypeMismatch, at: row.location,
                                                  "key `\(row.key.text)` does not fit the key type `\(table.keyType)`"))
                }
                if !seen.insert(row.key).inserted {
                    diagnostics.append(Diagnostic(.duplicateTableKey, at: row.location,
                                                  "duplicate key `\(row.key.text)` in table `\(table.name)`"))
                }
                if let columns = table.columns {
                    for (name, cell) in row.cells.sorted(by: { $0.key < $1.key }) {
                        guard let type = columns[name] else {
                            diagnostics.append(Diagnostic(.unknownField, at: row.location,
                                                          "table `\(table.name)` has no column `\(name)`",
                                                          suggestion: Suggestion.closest(to: name, in: columns.keys.sorted())))
                            continue
                        }
                        if !cell.fits(type) {
                            diagnostics.append(Diagnostic(.tableTypeMismatch, at: row.location,
                                                          "column `\(name)` of key `\(row.key.text)` does not fit type `\(type)`"))
                        }
                    }
                    for name in columns.keys.sorted() where row.cells[name] == nil && columns[name].map({ $0 == $0.nonOptional }) == true {
                        diagnostics.append(Diagnostic(.missingKey, at: row.location,
                                                      "row `\(row.key.text)` has no value for column `\(name)`"))
                    }
                } else if let valueType = table.valueType, !row.value.fits(valueType) {
                    diagnostics.append(Diagnostic(.tableTypeMismatch, at: row.location,
                                                  "value of key `\(row.key.text)` does not fit type `\(valueType)`"))
                }
            }
        }
        return diagnostics
    }
}

extension LiteralValue {
    /// Whether the literal can be read as the type.
    func fits(_ type: FieldType) -> Bool {
        switch (self, type) {
        case (.null, .optional), (.null, .any), (_, .any): return true
        case (_, .optional(let inner)): return fits(inner)
        case (.string, .string), (.string, .date), (.string, .datetime), (.string, .naiveDateTime): return true
        case (.string(let text), .enumeration(let values)): return values.isEmpty || values.contains(text)
        case (.int, .int), (.int, .decimal), (.decimal, .decimal), (.bool, .bool): return true
        case (.int, .many2one): return true
        case (.list(let items), .list(let element)): return items.allSatisfy { $0.fits(element) }
        default: return false
        }
    }

    /// The literal as written.
    var text: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return String(value)
        case .int(let value): return String(value)
        case .decimal(let text), .string(let text): return text
        case .list(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        }
    }
}
