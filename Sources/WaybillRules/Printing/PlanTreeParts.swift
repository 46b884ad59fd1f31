/// Tree builders for the parts of a flow plan.
enum PlanTreeParts {
    static func describe(_ source: RecordSource) -> String {
        switch source {
        case .resource(let name): return "resource \(name)"
        case .model(let name): return "model \(name)"
        }
    }

    static func expression(_ expression: RuleExpression) -> String {
        let typed = expression.compiled.map { " : \($0.typeDescription)" } ?? ""
        switch expression.form {
        case .expression: return "\(expression.source)\(typed)"
        case .template: return "\"\(expression.source)\"\(typed)"
        }
    }

    static func trigger(_ trigger: Trigger) -> PlanTree {
        var entries: [(String, PlanTree)] = []
        if let webhook = trigger.webhook {
            entries.append(("webhook", .object([
                ("system", .text(webhook.system)),
                ("events", .list(webhook.events.map(PlanTree.text))),
            ])))
        }
        if let poll = trigger.poll {
            var pollEntries: [(String, PlanTree)] = [
                ("system", .text(poll.system)), ("records", .text(describe(poll.source))),
                ("every", .text(poll.every.description)),
            ]
            if !poll.domain.isEmpty { pollEntries.append(("domain", .list(poll.domain.map(domainTerm)))) }
            if !poll.query.isEmpty {
                pollEntries.append(("query", .object(poll.query.map { ($0.name, .text(expression($0.value))) })))
            }
            if let cursor = poll.cursor {
                var cursorEntries: [(String, PlanTree)] = [("field", .text(cursor.field))]
                if let tie = cursor.tieBreaker { cursorEntries.append(("tie_breaker", .text(tie))) }
                if let param = cursor.param { cursorEntries.append(("param", .text(param))) }
                cursorEntries.append(("lookback", .text(cursor.lookback?.description ?? "none")))
                pollEntries.append(("cursor", .object(cursorEntries)))
            } else {
                pollEntries.append(("cursor", .text("none (full re-read each time)")))
            }
            entries.append(("poll", .object(pollEntries)))
        }
        return .object(entries)
    }

    static func domainTerm(_ term: DomainTerm) -> PlanTree {
        switch term {
        case .prefix(let op): return .text(op)
        case .condition(let field, let op, let value):
            switch value {
            case .literal(let literal): return .text("\(field) \(op) \(literal.text)")
            case .expression(let expr): return .text("\(field) \(op) \(expression(expr))")
            }
        }
    }

    static func read(_ read: ReadOptions) -> PlanTree {
        var entries: [(String, PlanTree)] = []
        if !read.fields.isEmpty { entries.append(("fields", .list(read.fields.map(PlanTree.text)))) }
        if let dereference = read.dereference { entries.append(("dereference", .text(dereference))) }
        if let each = read.each { entries.append(("each", .text(each))) }
        if let filter = read.filter { entries.append(("filter", .text(expression(filter)))) }
        if let group = read.groupBy { entries.append(("group_by", .text(expression(group)))) }
        return .object(entries)
    }

    static func lookup(_ lookup: Lookup) -> PlanTree {
        var entries: [(String, PlanTree)] = [("name", .text(lookup.name))]
        switch lookup.kind {
        case .table(let table):
            entries.append(("table", .text(table)))
        case .find(let find, let create):
            entries.append(("find", .text("\(describe(find.source)) in \(find.system)")))
            entries.append(("where", .list(find.conditions.map(domainTerm))))
            entries.append(("fields", .list(find.fields.map(PlanTree.text))))
            if let create {
                entries.append(("create_if_missing", .object(create.map { ($0.field, .text(expression($0.value))) })))
            }
        case .findAll(let find):
            entries.append(("find_all", .text("\(describe(find.source)) in \(find.system) (a list)")))
            entries.append(("where", .list(find.conditions.map(domainTerm))))
            entries.append(("fields", .list(find.fields.map(PlanTree.text))))
        case .findMany(let many):
            entries.append(("find_many", .text("\(describe(many.source)) in \(many.system) by \(many.field)")))
            entries.append(("values", .text(expression(many.values))))
            entries.append(("fields", .list(many.fields.map(PlanTree.text))))
        }
        if let key = lookup.key { entries.append(("key", .text(expression(key)))) }
        entries.append(("required", .flag(lookup.required)))
        return .object(entries)
    }

    static func step(_ step: Step) -> PlanTree {
        var entries: [(String, PlanTree)] = [("name", .text(step.name))]
        if let system = step.system, let target = step.target {
            entries.append(("target", .text("\(describe(target)) in \(system)")))
        } else if step.operation == .report {
            entries.append(("target", .text("none (a finding is recorded)")))
        } else {
            entries.append(("target", .text("record of the previous step")))
        }
        entries.append(("operation", .text(step.operation.name)))
        if !step.match.isEmpty { entries.append(("match", .list(step.match.map(domainTerm)))) }
        if !step.values.isEmpty {
            entries.append(("values", .object(step.values.map { ($0.field, .text(expression($0.value))) })))
        }
        if !step.context.isEmpty {
            entries.append(("context", .object(step.context.sorted { $0.key < $1.key }.map { ($0.key, .text($0.value.text)) })))
        }
        if let report = step.report { entries.append(("report", Self.report(report))) }
        if let when = step.when { entries.append(("when", .text(expression(when)))) }
        if !step.then.isEmpty { entries.append(("then", .list(step.then.map(Self.step)))) }
        return .object(entries)
    }

    static func policy(_ system: SystemDefinition) -> PlanTree {
        var entries: [(String, PlanTree)] = [("system", .text(system.name)), ("kind", .text(system.kind.rawValue))]
        entries.append(("auth", .text(system.auth?.schemeName ?? "none")))
        entries.append(("time_zone", .text(system.timeZone)))
        let retry = system.retry
        entries.append(("retry", .text("backoff \(retry.backoff.map(\.description).joined(separator: " ")), jitter \(retry.jitter)")))
        if let rate = system.rateLimit {
            var parts: [String] = []
            if let requests = rate.requests, let per = rate.per { parts.append("\(requests) per \(per)") }
            if let bucket = rate.bucket { parts.append("leaky bucket \(bucket.size), \(bucket.leakPerSecond)/s") }
            if let concurrency = rate.concurrency { parts.append("at most \(concurrency) concurrent") }
            if let retryAfter = rate.retryAfter { parts.append("honours \(retryAfter)") }
            entries.append(("rate_limit", .text(parts.joined(separator: ", "))))
        } else {
            entries.append(("rate_limit", .text("none declared")))
        }
        return .object(entries)
    }
}
