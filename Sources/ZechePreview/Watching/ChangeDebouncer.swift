/// Collects raw file events into bursts: a burst ends after a quiet period without events, or
/// when its first event is `maximumDelay` old, whichever comes first. While a file is being
/// written (modified and not yet closed), a quiet period does not end the burst: an editor that
/// truncates a file and then writes it, on a busy machine, would otherwise have the empty file
/// built.
///
/// A value with no clock of its own: callers pass the time, so tests can drive it exactly.
struct ChangeDebouncer: Sendable {
    /// One finished burst.
    struct Burst: Equatable, Sendable {
        /// Every path seen, with whether its first event created it (a new file or one renamed
        /// into place), which lets the watcher drop temporary files that came and went.
        var paths: [String: Bool] = [:]
        var folders: Set<String> = []
        var isIncomplete = false
    }

    var quietPeriod: Duration
    var maximumDelay: Duration
    private var burst = Burst()
    private var firstEvent: ContinuousClock.Instant?
    private var lastEvent: ContinuousClock.Instant?
    /// Files modified and not closed since.
    private var beingWritten: Set<String> = []

    init(quietPeriod: Duration, maximumDelay: Duration) {
        self.quietPeriod = quietPeriod
        self.maximumDelay = maximumDelay
    }

    /// Records that `path` changed at `now`; `created` when the event made the file appear.
    mutating func record(_ path: String, created: Bool = false, isFolder: Bool = false, at now: ContinuousClock.Instant) {
        if burst.paths[path] == nil { burst.paths[path] = created }
        if isFolder { burst.folders.insert(path) }
        noteEvent(at: now)
    }

    /// Records that `path` was modified (`isOpen`) or closed after writing (not `isOpen`), as
    /// inotify reports it; a file the source cannot tell about is never held open.
    mutating func recordWriting(_ path: String, isOpen: Bool) {
        if isOpen { beingWritten.insert(path) } else { beingWritten.remove(path) }
    }

    /// Records that events were lost, so the burst must be treated as incomplete.
    mutating func recordLostEvents(at now: ContinuousClock.Instant) {
        burst.isIncomplete = true
        beingWritten = []
        noteEvent(at: now)
    }

    /// When the current burst ends, or `nil` when nothing is pending.
    var deadline: ContinuousClock.Instant? {
        guard let firstEvent, let lastEvent else { return nil }
        let latest = firstEvent.advanced(by: maximumDelay)
        return beingWritten.isEmpty ? min(lastEvent.advanced(by: quietPeriod), latest) : latest
    }

    /// The burst, if it has ended by `now`; the debouncer then starts afresh.
    mutating func takeBurst(at now: ContinuousClock.Instant) -> Burst? {
        guard let deadline, now >= deadline else { return nil }
        defer {
            burst = Burst()
            firstEvent = nil
            lastEvent = nil
            // A file still open when the burst had to end is recorded again when it is closed.
            beingWritten = []
        }
        return burst
    }

    private mutating func noteEvent(at now: ContinuousClock.Instant) {
        if firstEvent == nil { firstEvent = now }
        lastEvent = now
    }
}
