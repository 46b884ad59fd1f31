import Foundation
import Testing
import WaybillEngine
import WaybillServer

/// Counters raised by `report:` steps (`FlowMetrics`) appear on `/metrics` as Prometheus counters.
@Suite("Flow metrics")
struct FlowMetricsRenderTests {
    @Test("report counters are summed per label set and rendered with HELP/TYPE once")
    func render() {
        let flows = FlowMetrics()
        let labels = ["flow": "recon", "tenant": "acme", "kind": "missing_order", "severity": "error"]
        flows.increment("waybill_reconciliation_findings", labels)
        flows.increment("waybill_reconciliation_findings", labels)
        flows.increment("waybill_reconciliation_findings", labels.merging(["kind": "mismatched_order"]) { $1 })
        #expect(flows.value("waybill_reconciliation_findings", labels) == 2)
        #expect(flows.value("waybill_reconciliation_findings", ["flow": "other"]) == 0)
        let text = PrometheusText.render(metrics: ServerMetrics(), jobCounts: [], oldestWaitingAge: nil,
                                         flowCounters: flows.snapshot())
        #expect(text.contains(
            "waybill_reconciliation_findings{flow=\"recon\",kind=\"missing_order\",severity=\"error\",tenant=\"acme\"} 2"))
        #expect(text.contains(
            "waybill_reconciliation_findings{flow=\"recon\",kind=\"mismatched_order\",severity=\"error\",tenant=\"acme\"} 1"))
        #expect(text.components(separatedBy: "# TYPE waybill_reconciliation_findings counter").count == 2)
    }
}
