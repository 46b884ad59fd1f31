import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What one data task produced.
enum TransportOutcome: Sendable {
    case success(status: Int, headers: HTTPHeaders, body: Data)
    case failure(TransportError.Kind, detail: String)
}

/// Collects each task's response and body, enforcing the body cap, and resumes its caller.
final class URLSessionTransportDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Pending {
        var continuation: CheckedContinuation<TransportOutcome, Never>
        var response: HTTPURLResponse?
        var body = Data()
        var overflow = false
        var expiredAfter: Duration?
    }

    private let maxBytes: Int
    private let lock = NSLock()
    private var pending: [Int: Pending] = [:]

    init(maxBytes: Int) { self.maxBytes = maxBytes }

    func register(task: URLSessionTask, continuation: CheckedContinuation<TransportOutcome, Never>) {
        lock.withLock { pending[task.taskIdentifier] = Pending(continuation: continuation) }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        lock.withLock { pending[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse }
        completionHandler(.allow)
    }

    /// Cancels a task still running at its deadline; its caller gets `.timeout`.
    func expire(_ task: URLSessionTask, after deadline: Duration) {
        let running = lock.withLock { () -> Bool in
            guard pending[task.taskIdentifier] != nil else { return false }
            pending[task.taskIdentifier]?.expiredAfter = deadline
            return true
        }
        if running { task.cancel() }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overflow = lock.withLock { () -> Bool in
            guard var entry = pending[dataTask.taskIdentifier] else { return false }
            if entry.body.count + data.count > maxBytes {
                entry.overflow = true
            } else {
                entry.body.append(data)
            }
            pending[dataTask.taskIdentifier] = entry
            return entry.overflow
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let entry = lock.withLock({ pending.removeValue(forKey: task.taskIdentifier) }) else { return }
        entry.continuation.resume(returning: outcome(of: entry, error: error))
    }

    private func outcome(of entry: Pending, error: (any Error)?) -> TransportOutcome {
        if entry.overflow { return .failure(.bodyTooLarge(limit: maxBytes), detail: "") }
        if let deadline = entry.expiredAfter {
            return .failure(.timeout, detail: "no complete response within \(deadline.components.seconds) s")
        }
        if let error {
            let code = (error as? URLError)?.code
            switch code {
            case .timedOut?: return .failure(.timeout, detail: "no response in time")
            case .cancelled?: return .failure(.cancelled, detail: "")
            default: return .failure(.connection, detail: Self.describe(error))
            }
        }
        guard let response = entry.response else { return .failure(.invalidResponse, detail: "no HTTP response") }
        var headers = HTTPHeaders()
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers.add(name, value) }
        }
        return .success(status: response.statusCode, headers: headers, body: entry.body)
    }

    private static func describe(_ error: any Error) -> String {
        if let urlError = error as? URLError { return "URLError \(urlError.code.rawValue)" }
        return String(describing: type(of: error))
    }
}
