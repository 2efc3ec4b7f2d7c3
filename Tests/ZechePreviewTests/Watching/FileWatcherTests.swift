import Foundation
import Synchronization
import Testing
import ZecheTestSupport
@testable import ZechePreview

@Suite struct FileWatcherTests {
    @Test(arguments: [false, true])
    func creatingAFileGivesOneCallbackWithItsPath(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("# Neu\n", to: "Content/posts/neu.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.changes == ["Content/posts/neu.md": .content])
    }

    @Test(arguments: [false, true])
    func modifyingAFileGivesOneCallbackWithItsPath(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("# Austausch, überarbeitet\n", to: "Content/posts/austausch.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.changes == ["Content/posts/austausch.md": .content])
    }

    @Test(arguments: [false, true])
    func deletingAFileGivesOneCallbackWithItsPath(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.remove("Content/authors/anna.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.changes == ["Content/authors/anna.md": .content])
    }

    @Test(arguments: [false, true])
    func renamingAFileGivesOneCallbackWithBothPaths(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.rename("Content/posts/austausch.md", to: "Content/posts/2026-austausch.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.paths == ["Content/posts/2026-austausch.md", "Content/posts/austausch.md"])
    }

    @Test(arguments: [false, true])
    func anAtomicSaveIsAChangeOfTheOriginal(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("# Austausch, gespeichert\n", to: "Content/posts/.austausch.md.tmp-4711")
        try site.rename("Content/posts/.austausch.md.tmp-4711", to: "Content/posts/austausch.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.changes == ["Content/posts/austausch.md": .content])
    }

    @Test(arguments: [false, true])
    func vimsWayOfSavingIsAChangeOfTheOriginalOnly(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("", to: "Content/posts/.austausch.md.swp")
        try site.write("", to: "Content/posts/4913")
        try site.remove("Content/posts/4913")
        try site.rename("Content/posts/austausch.md", to: "Content/posts/austausch.md~")
        try site.write("# Austausch, mit Vim\n", to: "Content/posts/austausch.md")
        try site.remove("Content/posts/austausch.md~")
        try site.write("lock", to: "Content/posts/.#austausch.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.changes == ["Content/posts/austausch.md": .content])
    }

    @Test(arguments: [false, true])
    func aBurstOfFiftyWritesGivesOneCallback(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        for index in 0..<50 {
            try site.write("# Version \(index)\n", to: "Content/posts/p\(index % 5).md")
        }
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.paths == (0..<5).map { "Content/posts/p\($0).md" })
    }

    @Test(arguments: [false, true])
    func changesAreSortedByKind(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("title: Neu\n", to: "site.yml")
        try site.write("{{> header}}\n", to: "Templates/layout.mustache")
        try site.write("body { color: red }\n", to: "Templates/assets/site.css")
        try site.write("jpeg", to: "Content/images/photo.jpg")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.changes == [
            "site.yml": .config,
            "Templates/layout.mustache": .template,
            "Templates/assets/site.css": .asset,
            "Content/images/photo.jpg": .asset,
        ])
        #expect(!changes.isStylesheetsOnly)
    }

    @Test(arguments: [false, true])
    func filesOutsideTheInputsAreIgnored(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("new\n", to: "Output/index.html")
        try site.write("notes\n", to: "README.md")
        try site.write("# Neu\n", to: "Content/posts/neu.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.paths == ["Content/posts/neu.md"])
    }

    @Test(arguments: [false, true])
    func aNewFolderIsWatchedWithTheFilesAlreadyInIt(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try site.write("# Bundle\n", to: "Content/posts/bundle/deep/index.md")
        let first = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(first.paths == ["Content/posts/bundle/deep/index.md"])
        try site.write("png", to: "Content/posts/bundle/deep/photo.png")
        let second = try #require(try site.nextChangeSetAlone(after: 2))
        #expect(second.changes == ["Content/posts/bundle/deep/photo.png": .asset])
    }

    @Test func aRemovedFolderIsReportedAsContent() throws {
        let site = try WatchedSite(polling: false)
        try site.write("# Bundle\n", to: "Content/posts/bundle/index.md")
        _ = try #require(try site.nextChangeSetAlone(after: 0))
        try site.rename("Content/posts/bundle", to: "Output/bundle")
        let changes = try #require(try site.nextChangeSetAlone(after: 2))
        #expect(changes.changes == ["Content/posts/bundle": .content])
    }

    @Test(arguments: [false, true])
    func aSymlinkLoopDoesNotHangTheWatcher(polling: Bool) throws {
        let site = try WatchedSite(polling: polling)
        try FileManager.default.createSymbolicLink(atPath: site.path("Content/posts/loop"), withDestinationPath: site.path("Content"))
        let link = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(link.paths == ["Content/posts/loop"])
        try site.write("# Noch da\n", to: "Content/posts/austausch.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 2))
        #expect(changes.paths == ["Content/posts/austausch.md"])
    }

    @Test func aStylesheetOnlyChangeSaysSo() throws {
        let site = try WatchedSite(polling: false)
        try site.write("body { color: red }\n", to: "Templates/assets/site.css")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.isStylesheetsOnly)
    }

    @Test func theWatcherUsesInotifyOnLinuxUnlessToldToPoll() throws {
        #if os(Linux)
        #expect(try WatchedSite(polling: false).watcher?.mechanism == .inotify)
        #endif
        #expect(try WatchedSite(polling: true).watcher?.mechanism == .polling)
    }

    @Test func aMissingRootIsAClearError() {
        #expect(throws: FileWatcherError.rootNotFound("/no/such/site")) {
            try FileWatcher.start(root: URL(fileURLWithPath: "/no/such/site")) { _ in }
        }
    }

    @Test func stopInsideTheCallbackEndsTheWatcherWithoutDeadlock() throws {
        let site = try WatchedSite(polling: false)
        let recorder = ChangeRecorder()
        let holder = WatcherHolder()
        let watcher = try FileWatcher.start(root: site.folder.url) { changes in
            recorder.record(changes)
            holder.watcher.withLock { $0 }?.stop()
        }
        holder.watcher.withLock { $0 = watcher }
        try site.write("# x\n", to: "Content/posts/x.md")
        #expect(recorder.wait(for: 1).count == 1)
        watcher.stop()
        try site.write("# y\n", to: "Content/posts/y.md")
        Thread.sleep(forTimeInterval: 1)
        #expect(recorder.changeSets.count == 1)
        holder.watcher.withLock { $0 = nil }
    }
}

private final class WatcherHolder: Sendable {
    let watcher = Mutex<FileWatcher?>(nil)
}

@Suite struct FileWatcherFallbackTests {
    @Test func aTreeWithMoreFoldersThanInotifyWatchesIsPolled() throws {
        let site = try WatchedSite(polling: false, inotifyWatchLimit: 2)
        #expect(site.watcher?.mechanism == .polling)
        try site.write("# Neu\n", to: "Content/posts/neu.md")
        let changes = try #require(try site.nextChangeSetAlone(after: 0))
        #expect(changes.paths == ["Content/posts/neu.md"])
    }

    @Test func runningOutOfWatchesSwitchesToPollingAndAsksForAFullRebuild() throws {
        // The root, Content, Content/posts, Content/authors, Templates, Templates/assets.
        let site = try WatchedSite(polling: false, inotifyWatchLimit: 6)
        #expect(site.watcher?.mechanism == .inotify)
        try site.write("# Bundle\n", to: "Content/posts/bundle/index.md")
        let changes = try #require(site.recorder.wait(for: 1).first)
        #expect(changes.isIncomplete)
        #expect(site.watcher?.mechanism == .polling)
        try site.write("# Später\n", to: "Content/posts/bundle/index.md")
        let later = try #require(try site.nextChangeSetAlone(after: 1))
        #expect(later.paths == ["Content/posts/bundle/index.md"])
    }

    @Test func theDefaultTimingDeliversACallback() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-watch")
        try folder.write("# A\n", to: "Content/a.md")
        let recorder = ChangeRecorder()
        let watcher = try FileWatcher.start(root: folder.url) { recorder.record($0) }
        defer { watcher.stop() }
        try folder.write("# A, neu\n", to: "Content/a.md")
        // Only that it comes, not when: timing belongs to ChangeDebouncerTests.
        #expect(recorder.wait(for: 1).first?.paths.contains("Content/a.md") == true)
    }
}
