import Hummingbird
import NIOCore

/// Request context of the simulator server: keeps the channel so a `drop` fault can close it.
struct SimulatorRequestContext: InitializableFromSource {
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        channel = source.channel
    }
}
