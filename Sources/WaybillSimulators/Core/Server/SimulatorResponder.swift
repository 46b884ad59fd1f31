import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Adapts `SimulatorPipeline` to Hummingbird: converts requests and responses, closes dropped connections.
struct SimulatorResponder: HTTPResponder {
    typealias Context = SimulatorRequestContext

    /// Largest request body accepted (seeding 100,000 records in one call fits).
    static let maximumBody = 512 * 1024 * 1024

    let pipeline: SimulatorPipeline

    func respond(to request: Request, context: Context) async throws -> Response {
        var collected = try await request.body.collect(upTo: Self.maximumBody)
        let body = collected.readData(length: collected.readableBytes) ?? Data()
        var headers: [String: String] = [:]
        for field in request.headers {
            let name = field.name.canonicalName
            headers[name] = headers[name].map { $0 + ", " + field.value } ?? field.value
        }
        let rawPath = request.uri.path
        let simRequest = SimRequest(
            method: request.method.rawValue, path: rawPath.removingPercentEncoding ?? rawPath,
            query: request.uri.query ?? "", headers: headers, body: body
        )
        switch await pipeline.handle(simRequest) {
        case .drop:
            try? await context.channel.close()
            throw SimDroppedConnection()
        case .respond(let response):
            var fields = HTTPFields()
            for (name, value) in response.headers {
                if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
            }
            return Response(
                status: HTTPResponse.Status(code: response.status),
                headers: fields,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: response.body))
            )
        }
    }
}

/// Thrown after a connection was closed on purpose (the response cannot be written anyway).
struct SimDroppedConnection: Error {}
