import Foundation
import WaybillExpressions
import WaybillRules

/// Evaluates a rule expression or `${…}` template over one connection's `settings`, bound as
/// `connection` (the same scope system `headers:` and fixed query parameters are evaluated in).
/// Used for values fixed per connection, such as the expected channel of `webhooks.channel_check`.
public enum ConnectionTemplate {
    /// The text of `expression` for a connection with `settings` (`nil` when it evaluates to null).
    public static func text(_ expression: RuleExpression, settings: [String: LiteralValue]) throws -> String? {
        var scope = UnitScope(unit: .object([:]), flow: "", connection: [:], tables: InMemoryLookupTables(),
                              now: Date())
        scope.bind("connection", Value.object(settings.mapValues(ExpressionTranslator.value)))
        return try ExpressionTranslator().compile(expression).evaluate(scope).text
    }
}
