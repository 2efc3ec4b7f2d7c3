public import Foundation
import Dispatch
import Synchronization

/// Watches a site's inputs (`Content/`, `Templates/`, `site.yml`) and calls back once per
/// burst of changes, with the changed paths sorted by kind.
///
/// ```swift
/// let watcher = try FileWatcher.start(root: siteFolder) { changes in
///     rebuild(changes)   // on the watcher's thread; the next burst waits until this returns
/// }
/// watcher.stop()
/// ```
///
/// Uses inotify on Linux, recursively, and scans every 250 ms elsewhere or when inotify is
/// out of watches. Editor scratch files (swap files, backups, lock files) are ignored, and a
/// file written under a temporary name and renamed over the original counts as a change of
/// the original. Symbolic links are reported as files and never followed.
public final class FileWatcher: Sendable {
    /// The site folder being watched.
    public let root: URL

    private let shared: WatcherState
    private let wake: WakePipe
    private let thread: Mutex<JoinableThread?>

    private init(root: URL, shared: WatcherState, wake: WakePipe, thread: JoinableThread) {
        self.root = root
        self.shared = shared
        self.wake = wake
        self.thread = Mutex(thread)
    }

    /// Starts watching `root`; `onChange` is called on the watcher's own thread. Changes made
    /// after `start` returns are seen.
    ///
    /// Throws `FileWatcherError.rootNotFound` when `root` is not a folder.
    public static func start(
        root: URL,
        configuration: Configuration = Configuration(),
        onChange: @escaping @Sendable (SiteChangeSet) -> Void
    ) throws(FileWatcherError) -> FileWatcher {
        let path = root.standardizedFileURL.path
        let tree = InputTree(root: path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path,
                             watchedNames: configuration.watchedNames)
        guard tree.isFolder("") else { throw .rootNotFound(root.path) }
        guard let wake = WakePipe() else { throw .outOfResources }

        let shared = WatcherState()
        let loop = WatchLoop(tree: tree, configuration: configuration, shared: shared, wake: wake, onChange: onChange)
        // The loop's thread sets up its watches before `start` returns, so no change made
        // after `start` is missed.
        let ready = DispatchSemaphore(value: 0)
        guard let thread = JoinableThread({ loop.run(signalling: ready) }) else {
            wake.close()
            throw .outOfResources
        }
        ready.wait()
        return FileWatcher(root: root, shared: shared, wake: wake, thread: thread)
    }

    /// How the watcher learns about changes now; it can change from `inotify` to `polling`
    /// while running, when a new folder exceeds the system's inotify watch limit.
    public var mechanism: Mechanism {
        shared.contents.withLock { $0.mechanism }
    }

    /// Stops watching and waits for a callback in progress to return. Calling it again does
    /// nothing; calling it from inside the callback stops the watcher once the callback returns.
    public func stop() {
        guard let thread = thread.withLock({ $0.take() }) else { return }
        if thread.isCurrent {
            shared.contents.withLock {
                $0.isStopping = true
                $0.loopClosesWakePipe = true
            }
            thread.detach()
            return
        }
        shared.contents.withLock { $0.isStopping = true }
        wake.wake()
        thread.join()
        wake.close()
    }

    deinit {
        stop()
    }
}

/// What the watcher's public side shares with its thread.
final class WatcherState: Sendable {
    struct Contents: Sendable {
        var mechanism = FileWatcher.Mechanism.polling
        var isStopping = false
        /// Set when `stop` ran on the watcher's own thread, which then cleans up after itself.
        var loopClosesWakePipe = false
    }

    let contents: Mutex<Contents>

    init() {
        contents = Mutex(Contents())
    }
}
