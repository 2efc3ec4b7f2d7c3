#if os(Linux)
import Glibc

/// Linux's inotify, with a watch on the root (for `site.yml` and the top-level folders) and
/// one on every folder below the watched names, added as folders appear.
final class InotifySource: ChangeSource {
    private static let rootMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB)
    private static let folderMask = rootMask | UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_DONT_FOLLOW | IN_ONLYDIR)

    let descriptor: Int32?
    var scanInterval: Duration? { nil }
    private let inotify: Int32
    private let tree: InputTree
    /// A lower watch limit than the system's, so tests can run out of watches.
    private let watchLimit: Int?
    /// Watch descriptor to folder path relative to the root ("" for the root itself).
    private var folders: [Int32: String] = [:]
    private var isOutOfWatches = false
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Watches the tree; `nil` when inotify is unavailable or the system's watch limit (or
    /// `watchLimit`) is too low for the tree.
    init?(tree: InputTree, watchLimit: Int? = nil) {
        self.watchLimit = watchLimit
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { return nil }
        descriptor = inotify
        self.tree = tree
        let rootWatch = inotify_add_watch(inotify, tree.root, Self.rootMask)
        guard rootWatch >= 0 else {
            closeDescriptor(inotify)
            return nil
        }
        folders[rootWatch] = ""
        for name in tree.watchedNames { addWatches(under: name) }
        if isOutOfWatches {
            closeDescriptor(inotify)
            return nil
        }
    }

    func collect(into debouncer: inout ChangeDebouncer, at now: ContinuousClock.Instant) -> Bool {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            let events = buffer.withUnsafeBytes { Self.parse(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            for event in events { handle(event, into: &debouncer, at: now) }
        }
        return !isOutOfWatches
    }

    func close() {
        closeDescriptor(inotify)
    }

    private struct Event {
        var watch: Int32
        var mask: UInt32
        var name: String
    }

    private static func parse(_ bytes: UnsafeRawBufferPointer) -> [Event] {
        // struct inotify_event: int wd; uint32_t mask, cookie, len; char name[len] (NUL-padded).
        var events: [Event] = []
        var offset = 0
        while offset + 16 <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameBytes = bytes[(offset + 16)..<min(bytes.count, offset + 16 + length)].prefix { $0 != 0 }
            events.append(Event(watch: watch, mask: mask, name: String(decoding: nameBytes, as: UTF8.self)))
            offset += 16 + length
        }
        return events
    }

    private func handle(_ event: Event, into debouncer: inout ChangeDebouncer, at now: ContinuousClock.Instant) {
        let mask = event.mask
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were dropped; folders may have appeared unseen, so watch them now.
            debouncer.recordLostEvents(at: now)
            for name in tree.watchedNames { addWatches(under: name) }
            return
        }
        // A folder's own IN_DELETE_SELF needs nothing: its parent reports the deletion, and
        // the IN_IGNORED that follows drops the watch.
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[event.watch] = nil
            return
        }
        guard let folder = folders[event.watch], !event.name.isEmpty else { return }
        if folder.isEmpty && !tree.watchedNames.contains(event.name) { return }
        let path = folder.isEmpty ? event.name : folder + "/" + event.name
        let appeared = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
        let vanished = mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0

        if mask & UInt32(IN_ISDIR) != 0 {
            if appeared {
                for file in addWatches(under: path) { debouncer.record(file, created: true, at: now) }
            } else if vanished {
                removeWatches(under: path)
                debouncer.record(path, isFolder: true, at: now)
            }
            return
        }
        if mask & UInt32(IN_CLOSE_WRITE) != 0 || vanished {
            debouncer.recordWriting(path, isOpen: false)
        } else if mask & UInt32(IN_MODIFY) != 0 {
            debouncer.recordWriting(path, isOpen: true)
        }
        debouncer.record(path, created: appeared, at: now)
    }

    /// Watches `relative` and every folder below it, and returns the files found there: a
    /// folder moved in, or made with `mkdir -p` and filled at once, has files before its watch.
    @discardableResult
    private func addWatches(under relative: String) -> [String] {
        var files: [String] = []
        tree.walk(relative) { path, info in
            guard info.st_mode & S_IFMT == S_IFDIR else {
                files.append(path)
                return
            }
            if let watchLimit, folders.count >= watchLimit {
                isOutOfWatches = true
                return
            }
            let watch = inotify_add_watch(inotify, tree.absolute(path), Self.folderMask)
            if watch >= 0 {
                folders[watch] = path
            } else if errno == ENOSPC || errno == ENOMEM {
                isOutOfWatches = true
            }
        }
        return files
    }

    private func removeWatches(under relative: String) {
        for (watch, path) in folders where path == relative || path.hasPrefix(relative + "/") {
            inotify_rm_watch(inotify, watch)
            folders[watch] = nil
        }
    }
}
#endif
