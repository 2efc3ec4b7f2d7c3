import Dispatch
import Foundation
import Synchronization

/// Runs independent work on all cores and returns the results in input order, so output never
/// depends on scheduling.
///
/// Workers take indices in small chunks from a shared counter, which balances articles of very
/// different sizes. Each index is computed by exactly one worker and written to its own slot.
enum Parallel {
    /// At most this many workers in the current task, when set: tests build with one worker
    /// to prove that parallel and serial builds write the same bytes.
    @TaskLocal static var workerLimit: Int?

    /// The number of workers: the active processor count, or `workerLimit`.
    static var defaultWorkers: Int { workerLimit ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform(i)` for every `i` in `0..<count`, in order.
    static func map<T: Sendable>(_ count: Int, workers: Int = defaultWorkers, _ transform: @Sendable (Int) -> T) -> [T] {
        map(count, workers: workers, makeState: { () }, { index, _ in transform(index) })
    }

    /// `transform(i, &state)` for every `i` in `0..<count`, in order, where each worker owns
    /// one `state` (a reusable render buffer, say) made by `makeState`.
    ///
    /// `order`, when given, is a permutation of `0..<count`: the order in which the indices
    /// are taken. Putting the costliest first keeps a core from finishing alone with one
    /// big page at the end; the results stay in index order.
    static func map<T: Sendable, State>(
        _ count: Int, workers: Int = defaultWorkers, order: [Int]? = nil, makeState: @Sendable () -> State,
        _ transform: @Sendable (Int, inout State) -> T
    ) -> [T] {
        guard count > 0 else { return [] }
        let order = order.flatMap { $0.count == count ? $0 : nil }
        // Each index must come exactly once: a slot written twice would leak or crash.
        assert(order.map { Set($0) == Set(0..<count) } ?? true, "order must be a permutation of 0..<count")
        let workerCount = min(max(1, workers), count)
        let chunk = max(1, min(64, count / (workerCount * 8)))
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress)
            let next = Atomic<Int>(0)
            @Sendable func work(_: Int) {
                var state = makeState()
                while true {
                    let start = next.add(chunk, ordering: .relaxed).oldValue
                    if start >= count { break }
                    for position in start..<min(start + chunk, count) {
                        let index = order?[position] ?? position
                        slots.initialize(index, to: transform(index, &state))
                    }
                }
            }
            if workerCount == 1 {
                work(0)
            } else {
                DispatchQueue.concurrentPerform(iterations: workerCount, execute: work)
            }
            initialized = count
        }
    }

    /// The uninitialised result memory. Every index is initialised exactly once, by one worker,
    /// and read only after all workers have finished: no two threads touch the same slot.
    private struct Slots<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>?
        func initialize(_ index: Int, to value: T) { base.map { ($0 + index).initialize(to: value) } }
    }
}
