/// The input files that changed during one burst of edits, delivered by `FileWatcher` as one
/// callback.
public struct SiteChangeSet: Sendable, Equatable {
    /// Each changed path, relative to the site root with `/` separators (such as
    /// `Content/posts/austausch.md`), with its kind. Paths that were deleted or renamed away
    /// are included; a deleted folder appears as the folder's path.
    public let changes: [String: SiteInputKind]
    /// True when the system dropped events (the inotify queue overflowed, or the watcher had to
    /// switch to polling): the paths may be incomplete, so rebuild everything.
    public let isIncomplete: Bool

    /// A change set of `changes`; tests and callers that merge sets make their own.
    public init(changes: [String: SiteInputKind], isIncomplete: Bool = false) {
        self.changes = changes
        self.isIncomplete = isIncomplete
    }

    /// Every changed path, sorted.
    public var paths: [String] { changes.keys.sorted() }

    /// The kinds of input that changed.
    public var kinds: Set<SiteInputKind> { Set(changes.values) }

    /// The changed paths of one kind, sorted.
    public func paths(of kind: SiteInputKind) -> [String] {
        changes.filter { $0.value == kind }.keys.sorted()
    }

    /// True when only stylesheets changed, so pages can swap them instead of reloading
    /// (`LiveReloadEvent.css`).
    public var isStylesheetsOnly: Bool {
        !isIncomplete && !changes.isEmpty
            && changes.allSatisfy { $0.value == .asset && $0.key.lowercased().hasSuffix(".css") }
    }
}
