import Dispatch

/// Frees a large value on another thread.
///
/// A 10,000-article site is a few hundred thousand small objects; freeing them one by one
/// took 0.15 s at the end of every build, on one core, after all the work was done. Handed
/// to a background thread, that happens while the build reports and the process exits.
package enum BackgroundRelease {
    /// Takes `value` and lets the last reference to it go on a background thread; `wait()` on
    /// the result returns once it is freed.
    @discardableResult
    package static func release<Value: Sendable>(_ value: consuming Value) -> Release {
        let box = Box(value)
        let group = DispatchGroup()
        DispatchQueue.global(qos: .background).async(group: group) { box.value = nil }
        return Release(group: group)
    }

    /// Takes `value` and never frees it: for a process that exits right after it is done, and
    /// whose memory the exit gives back at once (`BuildPipeline.exitsAfterRun`).
    package static func leave<Value: Sendable>(_ value: consuming Value) {
        _ = Unmanaged.passRetained(Box(value))
    }

    /// A release under way.
    package struct Release: Sendable {
        fileprivate let group: DispatchGroup

        /// Waits until the value is freed: a stage that needs the memory must not start while
        /// a starved background thread still holds it.
        package func wait() {
            group.wait()
        }
    }

    private final class Box<Boxed: Sendable>: @unchecked Sendable {
        // Written once, by the one thread that runs the release.
        var value: Boxed?
        init(_ value: consuming Boxed) { self.value = value }
    }
}
