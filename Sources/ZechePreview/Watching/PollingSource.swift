/// Finds changes by scanning the inputs and comparing each file's modification time, size and
/// inode with the previous scan: the fallback where inotify is missing or out of watches.
final class PollingSource: ChangeSource {
    let scanInterval: Duration?
    var descriptor: Int32? { nil }
    private let tree: InputTree
    private var files: [String: InputTree.Stamp]

    /// Takes the first scan, against which later scans are compared.
    init(tree: InputTree, interval: Duration) {
        self.tree = tree
        scanInterval = interval
        files = tree.scanFiles()
    }

    func collect(into debouncer: inout ChangeDebouncer, at now: ContinuousClock.Instant) -> Bool {
        let current = tree.scanFiles()
        for (path, stamp) in current where files[path] != stamp {
            debouncer.record(path, created: files[path] == nil, at: now)
        }
        for path in files.keys where current[path] == nil {
            debouncer.record(path, at: now)
        }
        files = current
        return true
    }

    func close() {}
}
