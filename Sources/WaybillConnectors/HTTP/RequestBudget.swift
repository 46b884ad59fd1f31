import Foundation

/// The part of a rate budget the request pipeline uses; ``RateBudget`` conforms.
public protocol RequestBudget: Sendable {
    /// Suspends until a request may go out.
    func acquire() async throws
    /// Adapts the budget from a response.
    func observe(status: Int, headers: HTTPHeaders, now: Date) async
    /// Forgets an acquired request that got no response.
    func abandon() async
}

extension RequestBudget {
    /// Nothing to forget by default.
    public func abandon() async {}
}

extension RateBudget: RequestBudget {}
