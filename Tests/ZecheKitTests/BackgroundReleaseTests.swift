import Testing
@testable import ZecheKit

/// A large value let go on another thread is freed there; one left to the process's exit is
/// never freed (`BuildPipeline.exitsAfterRun`).
@Suite struct BackgroundReleaseTests {
    final class Tracked: Sendable {}

    struct Holder: Sendable {
        let tracked: Tracked
    }

    @Test func aReleasedValueIsFreedOnceTheReleaseIsWaitedFor() {
        weak var watched: Tracked?
        do {
            let tracked = Tracked()
            watched = tracked
            BackgroundRelease.release(Holder(tracked: tracked)).wait()
        }
        #expect(watched == nil)
    }

    @Test func aValueLeftToTheExitIsNeverFreed() {
        weak var watched: Tracked?
        do {
            let tracked = Tracked()
            watched = tracked
            BackgroundRelease.leave(Holder(tracked: tracked))
        }
        #expect(watched != nil)
    }
}
