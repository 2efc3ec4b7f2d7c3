extension FileWatcher {
    /// What a watcher watches and how it groups changes.
    public struct Configuration: Sendable {
        /// Names of the files and folders directly under the root that are inputs of the
        /// site; everything else under the root (such as `Output/`) is ignored.
        public var watchedNames = ["Content", "Templates", "site.yml"]
        /// A burst of changes ends after this long without another change… (an editor's save,
        /// even as a temporary file renamed over the original, is one burst well within it;
        /// longer would be time the editor waits for the preview)
        public var quietPeriod: Duration = .milliseconds(30)
        /// …or this long after its first change, whichever comes first; with inotify the
        /// callback thus comes at most this long after the first change.
        public var maximumDelay: Duration = .milliseconds(250)
        /// How often the polling fallback scans the inputs.
        public var pollInterval: Duration = .milliseconds(250)
        /// Polls even where inotify works; for tests, and for file systems without change
        /// events (some network and container mounts).
        public var usesPolling = false

        /// A watch limit below the system's, so tests can make inotify run out of watches.
        var inotifyWatchLimit: Int?

        /// The defaults: the three inputs, 30 ms quiet, at most 250 ms, scans every 250 ms.
        public init() {}

        /// The debounce timing for `mechanism`. A scan sees changes up to a whole interval
        /// late, so polling waits longer for a burst to end, or one burst that straddles two
        /// scans would become two callbacks.
        func timing(for mechanism: Mechanism) -> (quiet: Duration, maximum: Duration) {
            switch mechanism {
            case .inotify: (quietPeriod, maximumDelay)
            case .polling: (max(quietPeriod, pollInterval * 3 / 2), max(maximumDelay, pollInterval * 4))
            }
        }
    }

    /// How a watcher learns about changes.
    public enum Mechanism: Sendable, Equatable {
        /// Linux's inotify: changes are seen as they happen.
        case inotify
        /// Scanning the inputs every `Configuration.pollInterval`.
        case polling
    }
}

/// Why a watcher could not start.
public enum FileWatcherError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The site root is not a folder.
    case rootNotFound(String)
    /// The system would not start another thread or open another descriptor.
    case outOfResources

    /// The message for the user, with what to do about it.
    public var description: String {
        switch self {
        case let .rootNotFound(path): "cannot watch '\(path)': no such folder; run zeche in the site's folder"
        case .outOfResources: "cannot watch the site: the system is out of threads or file descriptors"
        }
    }
}
