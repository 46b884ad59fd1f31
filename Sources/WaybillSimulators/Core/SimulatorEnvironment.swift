import Foundation

/// The state every simulator shares with the core: clock, records, call log, faults, webhook sender.
public final class SimulatorEnvironment: Sendable {
    /// Simulated time.
    public let clock: SimulatorClock
    /// Records of every resource.
    public let records: RecordStore
    /// Calls received and counters.
    public let calls: CallLog
    /// Injected faults.
    public let faults: FaultInjector
    /// Outgoing webhooks and their deliveries.
    public let webhooks: WebhookSender
    private let base = Locked("http://127.0.0.1")

    /// An environment on `clock` (the wall clock by default).
    public init(clock: SimulatorClock = .real(), faultSeed: UInt64 = 42) {
        self.clock = clock
        self.records = RecordStore()
        self.calls = CallLog()
        self.faults = FaultInjector(seed: faultSeed)
        self.webhooks = WebhookSender(clock: clock)
    }

    /// The URL the simulator is served at, without a trailing slash (set by `SimulatorServer`).
    public var baseURL: String {
        get { base.current }
        set { base.withLock { $0 = newValue } }
    }
}
