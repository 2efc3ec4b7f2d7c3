/// Where a watcher's raw events come from: inotify, or scans on a timer.
///
/// A source belongs to the watcher's thread once the watcher has started.
protocol ChangeSource: AnyObject {
    /// A descriptor that becomes readable when events are waiting; `nil` for timer sources.
    var descriptor: Int32? { get }
    /// How often to call `collect` for a timer source; `nil` for descriptor sources.
    var scanInterval: Duration? { get }
    /// Records what changed since the last call; returns false when the source cannot go on
    /// (the watcher then switches to polling).
    func collect(into debouncer: inout ChangeDebouncer, at now: ContinuousClock.Instant) -> Bool
    func close()
}
