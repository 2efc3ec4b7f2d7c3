#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import Dispatch

/// The watcher's thread: waits for events or the next scan, debounces them, and calls back.
struct WatchLoop: Sendable {
    let tree: InputTree
    let configuration: FileWatcher.Configuration
    let shared: WatcherState
    let wake: WakePipe
    let onChange: @Sendable (SiteChangeSet) -> Void

    /// Sets up the watches, signals `ready`, then watches until the watcher stops.
    func run(signalling ready: DispatchSemaphore) {
        let clock = ContinuousClock()
        var (source, mechanism) = makeSource()
        shared.contents.withLock { $0.mechanism = mechanism }
        ready.signal()
        var timing = configuration.timing(for: mechanism)
        var debouncer = ChangeDebouncer(quietPeriod: timing.quiet, maximumDelay: timing.maximum)
        var nextScan = clock.now.advanced(by: source.scanInterval ?? .zero)

        while !isStopping() {
            var now = clock.now
            var wakeAt = debouncer.deadline
            if source.scanInterval != nil { wakeAt = min(wakeAt ?? nextScan, nextScan) }
            var slots = [pollfd(fd: wake.readEnd, events: Int16(POLLIN), revents: 0)]
            if let descriptor = source.descriptor {
                slots.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
            }
            _ = poll(&slots, nfds_t(slots.count), wakeAt.map { Self.milliseconds(until: $0, from: now) } ?? -1)
            if isStopping() { break }
            now = clock.now
            if slots[0].revents != 0 { wake.drain() }

            let hasEvents = slots.count > 1 && slots[1].revents != 0
            let scanIsDue = source.scanInterval.map { _ in now >= nextScan } ?? false
            if hasEvents || scanIsDue {
                if !source.collect(into: &debouncer, at: now) {
                    // Out of inotify watches: poll from here on, and have everything rebuilt,
                    // since changes between the failure and the first scan go unseen.
                    source.close()
                    source = PollingSource(tree: tree, interval: configuration.pollInterval)
                    mechanism = .polling
                    shared.contents.withLock { $0.mechanism = .polling }
                    timing = configuration.timing(for: mechanism)
                    debouncer.quietPeriod = timing.quiet
                    debouncer.maximumDelay = timing.maximum
                    debouncer.recordLostEvents(at: now)
                }
                nextScan = now.advanced(by: source.scanInterval ?? .zero)
            }
            if let burst = debouncer.takeBurst(at: now), let changes = changeSet(from: burst) {
                onChange(changes)
            }
        }
        source.close()
        if shared.contents.withLock({ $0.loopClosesWakePipe }) { wake.close() }
    }

    private func makeSource() -> (any ChangeSource, FileWatcher.Mechanism) {
        #if os(Linux)
        if !configuration.usesPolling, let inotify = InotifySource(tree: tree, watchLimit: configuration.inotifyWatchLimit) {
            return (inotify, .inotify)
        }
        #endif
        return (PollingSource(tree: tree, interval: configuration.pollInterval), .polling)
    }

    /// The burst as the caller sees it: scratch files, files that came and went within the
    /// burst (an editor's temporary copies) and paths outside the inputs are dropped.
    func changeSet(from burst: ChangeDebouncer.Burst) -> SiteChangeSet? {
        var changes: [String: SiteInputKind] = [:]
        for (path, wasCreated) in burst.paths {
            if EditorScratchFiles.contains(path) { continue }
            if wasCreated && !tree.exists(path) { continue }
            if let kind = SiteInputKind.classify(path, isFolder: burst.folders.contains(path)) {
                changes[path] = kind
            }
        }
        guard !changes.isEmpty || burst.isIncomplete else { return nil }
        return SiteChangeSet(changes: changes, isIncomplete: burst.isIncomplete)
    }

    private func isStopping() -> Bool {
        shared.contents.withLock { $0.isStopping }
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant, from now: ContinuousClock.Instant) -> Int32 {
        guard deadline > now else { return 0 }
        let (seconds, attoseconds) = (deadline - now).components
        // Rounded up, so the loop does not wake a hair early and spin until the deadline.
        return Int32(clamping: seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }
}
