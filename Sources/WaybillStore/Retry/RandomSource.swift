import Foundation

/// A thread-safe, shareable random generator for the store's retry jitter.
/// Tests pass a seeded one so that retry times are reproducible.
public struct RandomSource: RandomNumberGenerator, Sendable {
    private let box: Box

    /// The system's generator.
    public static var system: RandomSource { RandomSource(SystemRandomNumberGenerator()) }

    /// A deterministic generator.
    public static func seeded(_ seed: UInt64) -> RandomSource { RandomSource(SeededRandom(seed: seed)) }

    /// Wraps any generator behind a lock.
    public init(_ generator: some RandomNumberGenerator & Sendable) {
        box = Box(generator)
    }

    /// The next random value.
    public mutating func next() -> UInt64 {
        box.next()
    }

    private final class Box: @unchecked Sendable {
        private let lock = NSLock()
        private var generator: any RandomNumberGenerator

        init(_ generator: any RandomNumberGenerator) {
            self.generator = generator
        }

        func next() -> UInt64 {
            lock.withLock { generator.next() }
        }
    }
}
