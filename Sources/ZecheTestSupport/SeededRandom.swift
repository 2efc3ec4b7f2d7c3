/// A random number generator that gives the same numbers for the same seed on every machine
/// (SplitMix64), so that a random test that fails can be replayed from its seed.
public struct SeededRandom: RandomNumberGenerator {
    /// The seed it started from, for the message of a failing test.
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A whole number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }

    /// True with probability `chance` (0 to 1).
    public mutating func chance(_ chance: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < chance
    }

    /// One of `items`.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[Int.random(in: 0..<items.count, using: &self)]
    }

    /// Up to `count` distinct items of `items`, in their order.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        indices.shuffle(using: &self)
        return indices.prefix(min(count, items.count)).sorted().map { items[$0] }
    }
}
