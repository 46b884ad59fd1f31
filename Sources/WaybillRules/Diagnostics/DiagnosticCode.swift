/// A stable diagnostic code. Every `R…` code of the rule compiler is declared in this file and
/// documented in `docs/diagnostics.md`; a code is never reused for another meaning.
/// Expression codes (`X…`) come from `WaybillExpressions` and pass through unchanged.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code text, e.g. `R010`.
    public let rawValue: String
    /// The severity diagnostics with this code get unless told otherwise.
    public let defaultSeverity: Severity

    /// Wraps a code text (used for expression codes); severity defaults to error.
    public init(rawValue: String) {
        self.rawValue = rawValue
        self.defaultSeverity = DiagnosticCode.all.first { $0.rawValue == rawValue }?.defaultSeverity ?? .error
    }

    private init(_ rawValue: String, _ severity: Severity = .error) {
        self.rawValue = rawValue
        self.defaultSeverity = severity
    }

    /// The code text.
    public var description: String { rawValue }

    // MARK: Files and YAML

    /// A file could not be read, or a path does not exist.
    public static let unreadableFile = DiagnosticCode("R001")
    /// YAML syntax error (from libyaml).
    public static let yamlSyntax = DiagnosticCode("R002")
    /// Tab character in indentation.
    public static let tabIndentation = DiagnosticCode("R003")
    /// The same key twice in one mapping.
    public static let duplicateKey = DiagnosticCode("R004")
    /// Anchors, aliases and tags are not allowed in rule files.
    public static let unsupportedYAML = DiagnosticCode("R005")
    /// The document's first key does not name a known kind.
    public static let unknownDocumentKind = DiagnosticCode("R006")

    // MARK: Shapes

    /// A key the grammar does not know.
    public static let unknownKey = DiagnosticCode("R010")
    /// A required key is missing.
    public static let missingKey = DiagnosticCode("R011")
    /// A value of the wrong shape or type.
    public static let wrongType = DiagnosticCode("R012")
    /// A malformed duration.
    public static let badDuration = DiagnosticCode("R013")
    /// A malformed regular expression.
    public static let badRegex = DiagnosticCode("R014")
    /// A value outside its allowed set.
    public static let badValue = DiagnosticCode("R015")
    /// A malformed field type.
    public static let badFieldType = DiagnosticCode("R016")
    /// Two keys that exclude each other.
    public static let conflictingKeys = DiagnosticCode("R017")
    /// An unknown IANA time zone.
    public static let badTimeZone = DiagnosticCode("R018")
    /// A malformed domain term.
    public static let badDomain = DiagnosticCode("R019")

    // MARK: Names

    /// Two flows with the same name.
    public static let duplicateFlow = DiagnosticCode("R020")
    /// Two systems with the same name.
    public static let duplicateSystem = DiagnosticCode("R021")
    /// Two tables with the same name.
    public static let duplicateTable = DiagnosticCode("R022")
    /// Two steps with the same name in one flow.
    public static let duplicateStep = DiagnosticCode("R023")
    /// Two rows with the same key in one table.
    public static let duplicateTableKey = DiagnosticCode("R024")

    // MARK: References

    /// Reference to a system no file declares.
    public static let unknownSystem = DiagnosticCode("R030")
    /// Reference to a resource the REST system does not declare.
    public static let unknownResource = DiagnosticCode("R031")
    /// Reference to a model the Odoo system does not declare.
    public static let unknownModel = DiagnosticCode("R032")
    /// Reference to a field the schema does not declare.
    public static let unknownField = DiagnosticCode("R033")
    /// Reference to a table no file declares.
    public static let unknownTable = DiagnosticCode("R034")
    /// An operation the resource does not declare.
    public static let unknownOperation = DiagnosticCode("R035")
    /// A method the Odoo model does not declare.
    public static let unknownMethod = DiagnosticCode("R036")
    /// A connection for a system no file declares, or a pack/flow that does not exist.
    public static let unknownConnectionReference = DiagnosticCode("R037")
    /// A named field type not declared under `types:`.
    public static let unknownType = DiagnosticCode("R038")
    /// A webhook event the system does not declare.
    public static let unknownEvent = DiagnosticCode("R039")
    /// `model:` on a REST system or `resource:` on an Odoo system.
    public static let wrongTargetKind = DiagnosticCode("R040")

    // MARK: Types

    /// An expression's type does not fit the target field.
    public static let typeMismatch = DiagnosticCode("R050")
    /// A condition (`when`, `filter`) that is not a bool.
    public static let notACondition = DiagnosticCode("R051")
    /// A table key or cell of the wrong type.
    public static let tableTypeMismatch = DiagnosticCode("R052")
    /// A CSV table row with the wrong number of cells.
    public static let csvShape = DiagnosticCode("R053")

    // MARK: Safety

    /// A webhook trigger on a system that declares no verification.
    public static let unverifiedWebhook = DiagnosticCode("R060", .warning)
    /// `verification: none` without a path token.
    public static let noneWithoutPathToken = DiagnosticCode("R061", .warning)
    /// A webhook trigger on a system without a `webhooks:` section.
    public static let noWebhooks = DiagnosticCode("R062")
    /// A cursor on `id` for a mutable model.
    public static let idCursorOnMutable = DiagnosticCode("R070", .warning)
    /// A datetime cursor without lookback.
    public static let cursorWithoutLookback = DiagnosticCode("R071", .warning)
    /// A secret written literally.
    public static let literalSecret = DiagnosticCode("R080")
    /// `create` without `match`.
    public static let createWithoutMatch = DiagnosticCode("R090", .warning)
    /// A follow-up `call` with no record to call it on.
    public static let callWithoutRecord = DiagnosticCode("R091")
    /// A flow without steps.
    public static let noSteps = DiagnosticCode("R092")

    /// Every code of this module, in order (used by the docs test).
    public static let all: [DiagnosticCode] = [
        unreadableFile, yamlSyntax, tabIndentation, duplicateKey, unsupportedYAML, unknownDocumentKind,
        unknownKey, missingKey, wrongType, badDuration, badRegex, badValue, badFieldType,
        conflictingKeys, badTimeZone, badDomain,
        duplicateFlow, duplicateSystem, duplicateTable, duplicateStep, duplicateTableKey,
        unknownSystem, unknownResource, unknownModel, unknownField, unknownTable, unknownOperation,
        unknownMethod, unknownConnectionReference, unknownType, unknownEvent, wrongTargetKind,
        typeMismatch, notACondition, tableTypeMismatch, csvShape,
        unverifiedWebhook, noneWithoutPathToken, noWebhooks, idCursorOnMutable, cursorWithoutLookback,
        literalSecret, createWithoutMatch, callWithoutRecord, noSteps,
    ]
}
