import Foundation
import WaybillEngine
import WaybillStore

/// The Prometheus text exposition format (version 0.0.4) of the process counters and the queue.
public enum PrometheusText {
    /// The `Content-Type` of the format.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Counter help texts, by metric name.
    static let help: [String: String] = [
        "waybill_webhooks_accepted_total": "Webhook deliveries accepted (jobs committed).",
        "waybill_webhooks_duplicate_total": "Accepted deliveries whose id had been seen before.",
        "waybill_webhooks_rejected_total": "Webhook deliveries refused, by reason.",
        "waybill_calls_total": "Calls made to systems.",
        "waybill_call_errors_total": "Calls to systems that failed.",
        "waybill_rate_limit_waits_total": "Waits on a system's rate budget.",
        "waybill_rate_limited_total": "Calls to systems answered 429.",
    ]

    /// Renders counters, job gauges per flow/tenant/state, and, when known, the age of the oldest waiting job.
    public static func render(
        metrics: ServerMetrics, jobCounts: [JobCount], oldestWaitingAge: Double?,
        calls: [(key: CallStatistics.Key, counts: CallStatistics.Counts)] = [], flowCounters: [FlowMetrics.Sample] = []
    ) -> String {
        var lines: [String] = []
        var declared: Set<String> = []
        for (name, value) in [("waybill_calls_total", \CallStatistics.Counts.calls),
                              ("waybill_call_errors_total", \CallStatistics.Counts.errors),
                              ("waybill_rate_limited_total", \CallStatistics.Counts.rateLimited)] where !calls.isEmpty {
            declared.insert(name)
            lines.append("# HELP \(name) \(help[name] ?? name)")
            lines.append("# TYPE \(name) counter")
            for (key, counts) in calls {
                lines.append(sample(name, "tenant=\"\(escape(key.tenant))\",system=\"\(escape(key.system))\"", counts[keyPath: value]))
            }
        }
        let flowKeys = flowCounters.map { (ServerMetrics.Key(name: $0.name, labels: $0.labels), $0.value) }
        for (key, value) in metrics.snapshot() + flowKeys {
            if declared.insert(key.name).inserted {
                lines.append("# HELP \(key.name) \(help[key.name] ?? "Raised by a flow's report: step, by flow, tenant and kind.")")
                lines.append("# TYPE \(key.name) counter")
            }
            lines.append(sample(key.name, key.labelText, value))
        }
        lines.append("# HELP waybill_jobs Jobs in the queue by flow, tenant and state.")
        lines.append("# TYPE waybill_jobs gauge")
        for count in jobCounts.sorted(by: { ($0.flow, $0.connection, $0.state.rawValue) < ($1.flow, $1.connection, $1.state.rawValue) }) {
            let labels = "flow=\"\(escape(count.flow))\",tenant=\"\(escape(count.connection))\",state=\"\(count.state.rawValue)\""
            lines.append(sample("waybill_jobs", labels, count.count))
        }
        if let oldestWaitingAge {
            lines.append("# HELP waybill_queue_lag_seconds Age of the oldest job waiting to run.")
            lines.append("# TYPE waybill_queue_lag_seconds gauge")
            lines.append("waybill_queue_lag_seconds \(String(format: "%.3f", max(0, oldestWaitingAge)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func sample(_ name: String, _ labels: String, _ value: Int) -> String {
        labels.isEmpty ? "\(name) \(value)" : "\(name){\(labels)} \(value)"
    }

    /// Escapes a label value (backslash, quote, newline).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
