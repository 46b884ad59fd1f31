import Foundation
import WaybillExpressions

/// Job payloads are the canonical JSON of a unit; this reads them back.
enum UnitCodec {
    static func encode(_ unit: Value) -> Data {
        Data(unit.canonicalJSON.utf8)
    }

    static func decode(_ data: Data) throws -> Value {
        do {
            return try Value(jsonData: data)
        } catch {
            throw EngineError.permanent("job payload is not valid JSON: \(error)")
        }
    }
}
