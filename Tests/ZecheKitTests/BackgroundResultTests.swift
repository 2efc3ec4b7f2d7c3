import Testing
@testable import ZecheKit

#if canImport(Glibc)
import Glibc
#endif

/// A value made in the background is the one `wait()` returns; one made by `yielding` is
/// made on a thread of lower priority that no other work shares.
@Suite struct BackgroundResultTests {
    @Test func aValueMadeInTheBackgroundIsTheOneWaitedFor() {
        let result = BackgroundResult { (1...1_000).reduce(0, +) }
        #expect(result.wait() == 500_500)
    }

    @Test func aYieldingValueIsMadeOnAThreadOfLowerPriority() {
        #if os(Linux)
        let callerNice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
        let result = BackgroundResult.yielding { () -> (nice: Int32, value: Int) in
            (getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0), 42)
        }
        let made = result.wait()
        #expect(made?.value == 42)
        // Lower by 10, up to the scheduler's limit of 19.
        #expect(made?.nice == min(19, callerNice + 10))
        // The caller's own priority is left as it was.
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == callerNice)
        #endif
    }

    @Test func manyYieldingValuesAreEachMadeOnce() {
        let results = (0..<64).map { index in BackgroundResult.yielding { index * 2 } }
        #expect(results.map { $0.wait() } == (0..<64).map { $0 * 2 })
    }
}

extension BackgroundResultTests {
    @Test func aSharedValueReachesEveryThreadThatWaitsForIt() {
        let keys = BackgroundResult { Array(0..<1_000) }
        let other = BackgroundResult { keys.share() }
        #expect(keys.share() == Array(0..<1_000))
        #expect(other.wait() == Array(0..<1_000))
        // A value taken is gone for later waits.
        #expect(keys.wait() == Array(0..<1_000))
        #expect(keys.wait() == nil)
    }
}
