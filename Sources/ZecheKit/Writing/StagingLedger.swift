import Synchronization

/// What a build did to its staging folder, recorded from many threads: the files it wrote
/// (with their manifest entries), those it found unchanged, the bytes written.
final class StagingLedger: Sendable {
    struct State: Sendable {
        var written: [String: OutputManifest.Entry] = [:]
        var unchanged: [String: OutputManifest.Entry] = [:]
        var bytesWritten = 0
    }

    private let state = Mutex(State())
    /// Whether the folder was marked as changing (see `StagingFolder.willChange`).
    private let marked = Mutex(false)

    /// Runs `mark` once, on the first call; later calls wait for it and return.
    func markOnce(_ mark: () throws(OutputError) -> Void) throws(OutputError) {
        try marked.withLock { (isMarked: inout Bool) throws(OutputError) in
            guard !isMarked else { return }
            try mark()
            isMarked = true
        }
    }

    var isMarked: Bool { marked.withLock { $0 } }

    func recordWritten(_ path: String, _ entry: OutputManifest.Entry) {
        state.withLock {
            $0.unchanged[path] = nil
            $0.written[path] = entry
            $0.bytesWritten += entry.size
        }
    }

    /// Records many unchanged files under one lock: a warm build keeps tens of thousands.
    func recordUnchanged(_ entries: [(path: String, entry: OutputManifest.Entry)]) {
        state.withLock {
            if entries.count > 1 { $0.unchanged.reserveCapacity($0.unchanged.count + entries.count) }
            // A warm build keeps its pages before it writes any: nothing to take back then.
            let hasWritten = !$0.written.isEmpty
            for (path, entry) in entries {
                if hasWritten, let replaced = $0.written.removeValue(forKey: path) { $0.bytesWritten -= replaced.size }
                $0.unchanged[path] = entry
            }
        }
    }

    func recordUnchanged(_ path: String, _ entry: OutputManifest.Entry) {
        recordUnchanged([(path, entry)])
    }

    var snapshot: State { state.withLock { $0 } }
}
