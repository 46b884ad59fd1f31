import Foundation
import WaybillConnectors
import WaybillExpressions
import WaybillRules

extension RESTSystemClient {
    static let zero = CursorMark(writeDate: "", id: 0)

    func resource(_ name: String) throws -> ResourceDefinition {
        guard let resource = definition.resources[name] else {
            throw EngineError.configuration("system `\(system)` has no resource `\(name)`")
        }
        return resource
    }

    func operation(_ resourceName: String, _ name: String) throws -> RESTOperation {
        let resource = try resource(resourceName)
        guard let operation = resource.operations[name] else {
            throw EngineError.configuration("resource `\(system).\(resourceName)` has no operation `\(name)`")
        }
        return RESTOperation(
            method: WaybillConnectors.HTTPMethod(rawValue: operation.method.rawValue), path: operation.path,
            recordsPath: JSONPath(operation.records ?? resource.records ?? "."),
            pagination: name == "list" ? Self.pagination(operation.pagination ?? definition.pagination) : .none)
    }

    /// Every record of every page of an operation.
    func all(_ resourceName: String, _ name: String, _ parameters: [(String, String)], trace: CallTrace)
        async throws -> [Value]
    {
        let operation = try self.operation(resourceName, name)
        // A parameter named like a `{placeholder}` of the path (`/orders/{order_id}/…`) fills the
        // path instead of the query.
        let inPath = parameters.filter { operation.path.contains("{\($0.0)}") }
        let values = Dictionary(inPath, uniquingKeysWith: { first, _ in first })
        let query = (fixedQuery["\(resourceName).\(name)"] ?? []) + parameters.filter { values[$0.0] == nil }
        return try await run(trace) {
            var records: [Value] = []
            for try await page in client.list(operation, values: values, query: query) {
                records += page.records.map(ValueBridge.value)
            }
            return records
        }
    }

    /// Sends values to a write operation (wrapped in the operation's body key, if any); returns
    /// the answer's record (at the operation's `records` path, e.g. `{"fulfillment": {…}}`), or
    /// the whole answer when that path is absent.
    func write(_ resourceName: String, _ name: String, id: String?, values: [String: Value], trace: CallTrace)
        async throws -> JSONValue
    {
        let resource = try resource(resourceName)
        let operation = try self.operation(resourceName, name)
        var pathValues: [String: String] = [:]
        for (field, value) in values { if let text = value.text { pathValues[field] = text } }
        if let id {
            pathValues["id"] = id
            pathValues[resource.idField ?? "id"] = id
        }
        var body = JSONValue.object(ValueBridge.json(values))
        if let key = resource.operations[name]?.bodyKey { body = .object([key: body]) }
        let sent = body
        let answer = try await run(trace) {
            try await client.call(operation, values: pathValues, query: fixedQuery["\(resourceName).\(name)"] ?? [],
                                  body: values.isEmpty && operation.method == .get ? nil : sent).body
        }
        return operation.recordsPath.value(in: answer) ?? answer
    }

    func run<T: Sendable>(_ trace: CallTrace, _ body: () async throws -> T) async throws -> T {
        do {
            return try await trace.collecting(body)
        } catch {
            throw ValueBridge.engineError(error)
        }
    }

    static func id(of answer: JSONValue, field: String) -> String? {
        var record = answer
        if case .array(let items) = answer, let first = items.first { record = first }
        switch record[field] ?? record["id"] {
        case .int(let int)?: return String(int)
        case .string(let text)?: return text
        case .double(let double)?: return String(Int(double))
        default: return nil
        }
    }

    /// The record with `id` set from the resource's identity field (the engine reads `id`).
    static func withID(_ record: Value, idField: String) -> Value {
        guard case .object(var fields) = record, fields["id"] == nil, let id = fields[idField] else { return record }
        fields["id"] = id
        return .object(fields)
    }

    static func pagination(_ pagination: Pagination?) -> PaginationStyle {
        guard let pagination else { return .none }
        let size = pagination.size ?? 100
        switch pagination.style {
        case .page_pages:
            return .pagePages(pageParameter: pagination.pageParam ?? "page", sizeParameter: pagination.sizeParam ?? "pageSize",
                              pageSize: size, pagesPath: JSONPath(pagination.totalPages ?? "pages"),
                              firstPage: pagination.firstPage ?? 1)
        case .page_total_pages_header:
            return .pageTotalPagesHeader(pageParameter: pagination.pageParam ?? "page",
                                         sizeParameter: pagination.sizeParam ?? "per_page", pageSize: size,
                                         header: pagination.totalPages ?? "X-WP-TotalPages",
                                         firstPage: pagination.firstPage ?? 1)
        case .link_header:
            return .linkHeader(sizeParameter: pagination.sizeParam, pageSize: pagination.size)
        case .body_next_link:
            return .bodyNextLink(path: JSONPath(pagination.next ?? "next"), cursorParameter: pagination.cursorParam,
                                 sizeParameter: pagination.sizeParam, pageSize: pagination.size)
        case .offset_limit:
            return .offsetLimit(offsetParameter: pagination.offsetParam ?? "offset",
                                sizeParameter: pagination.sizeParam ?? "limit", pageSize: size,
                                totalPath: pagination.total.map { JSONPath($0) })
        case .none:
            return .none
        }
    }
}
