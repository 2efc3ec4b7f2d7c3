import Foundation
import Synchronization
import ZecheTestSupport
@testable import ZechePreview

/// Collects a watcher's callbacks for a test to inspect.
final class ChangeRecorder: Sendable {
    private let received = Mutex<[SiteChangeSet]>([])

    func record(_ changes: SiteChangeSet) {
        received.withLock { $0.append(changes) }
    }

    var changeSets: [SiteChangeSet] {
        received.withLock { $0 }
    }

    /// Waits (generously) until `count` callbacks have arrived and returns them all.
    func wait(for count: Int) -> [SiteChangeSet] {
        _ = eventually { changeSets.count >= count }
        return changeSets
    }
}

/// A site folder with a few inputs, watched by a watcher that records its callbacks.
final class WatchedSite {
    let folder: TemporaryDirectory
    let recorder = ChangeRecorder()
    private(set) var watcher: FileWatcher?

    init(polling: Bool, inotifyWatchLimit: Int? = nil) throws {
        folder = try TemporaryDirectory(prefix: "zeche-watch")
        try folder.write("title: Newsroom\n", to: "site.yml")
        try folder.write("# Austausch\n", to: "Content/posts/austausch.md")
        try folder.write("# Anna\n", to: "Content/authors/anna.md")
        try folder.write("{{title}}\n", to: "Templates/layout.mustache")
        try folder.write("body {}\n", to: "Templates/assets/site.css")
        try folder.write("old\n", to: "Output/index.html")
        var configuration = FileWatcher.Configuration()
        // Generous, so a burst from a test stays one burst on a loaded machine.
        configuration.quietPeriod = .milliseconds(400)
        configuration.maximumDelay = .seconds(5)
        configuration.pollInterval = .milliseconds(100)
        configuration.usesPolling = polling
        configuration.inotifyWatchLimit = inotifyWatchLimit
        let recorder = self.recorder
        watcher = try FileWatcher.start(root: folder.url, configuration: configuration) { recorder.record($0) }
    }

    deinit {
        watcher?.stop()
    }

    func path(_ relative: String) -> String {
        folder.url.appendingPathComponent(relative).path
    }

    func write(_ text: String, to relative: String) throws {
        try folder.write(text, to: relative)
    }

    /// Renames with rename(2), which replaces an existing target as editors rely on.
    func rename(_ from: String, to: String) throws {
        guard Foundation.rename(path(from), path(to)) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path(from)])
        }
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path(relative))
    }

    /// Waits for the next callback after `count` earlier ones, then proves that the action
    /// gave exactly one: a barrier change must arrive alone in the callback after it.
    func nextChangeSetAlone(after count: Int) throws -> SiteChangeSet? {
        let sets = recorder.wait(for: count + 1)
        guard sets.count == count + 1 else { return nil }
        try write("barrier \(count)\n", to: "Content/barrier.md")
        let withBarrier = recorder.wait(for: count + 2)
        guard withBarrier.count == count + 2,
              withBarrier[count + 1].paths == ["Content/barrier.md"]
        else { return nil }
        return sets[count]
    }
}
