import Synchronization

/// How far a running build is, readable from another thread (for a progress line).
public final class BuildProgress: Sendable {
    private let done = Atomic<Int>(0)
    private let total = Atomic<Int>(0)

    public init() {}

    /// Files written so far and files planned (0 until the plan exists).
    public var counts: (done: Int, total: Int) { (done.load(ordering: .relaxed), total.load(ordering: .relaxed)) }

    func plan(_ count: Int) { total.store(count, ordering: .relaxed) }
    func advance() { done.add(1, ordering: .relaxed) }
}
