import ServiceLifecycle
import WaybillStore

/// The WAL checkpointer as a lifecycle service: it runs until graceful shutdown, after the
/// engine and the server have stopped (it is the group's first service, so it stops last).
struct CheckpointService: Service {
    let checkpointer: WALCheckpointer

    func run() async throws {
        let checkpointer = self.checkpointer
        await cancelWhenGracefulShutdown {
            await checkpointer.run()
        }
    }
}
