import Synchronization

/// An index kept from one update to the next (`SearchIndex.update`): the analysed documents,
/// how the terms are cut into files, and a hash of every file's bytes. A preview keeps one, so
/// that an edited article is analysed again alone and only the files it changes are written.
public struct SearchIndexState: Sendable {
    var model: IndexModel?
    var layout: IndexLayout?
    var language = ""
    var options = SearchIndexOptions.standard
    /// Path → a hash of the bytes the file was last given.
    var hashes: [String: UInt64] = [:]
    /// Every path of the index, sorted.
    var paths: [String] = []
    /// What tells whether a file's bytes changed: `hashes` are of this function.
    let fileHash: FileHash
    /// Whether the model keeps every filed list and each document's terms, which makes an
    /// update quicker and costs memory (the preview's); otherwise they are made when needed.
    let keepsLists: Bool

    /// A hash of a file's bytes.
    package typealias FileHash = @Sendable (UnsafeRawBufferPointer) -> UInt64

    /// A state with no index yet: its first update writes every file.
    public init() {
        fileHash = SearchIndex.fnv1a
        keepsLists = true
    }

    /// A state with no index yet, whose files are told apart by `fileHash` (a faster hash than
    /// the default one, which a cache of the state must keep using), and whose model keeps
    /// only what it cannot make again: a build's, written to disk after each build.
    package init(fileHash: @escaping FileHash) {
        self.fileHash = fileHash
        keepsLists = false
    }
}

extension SearchIndex {
    /// What an update did: the files whose bytes are new, and every path of the index.
    public struct Update: Sendable {
        /// The files that are new or whose bytes changed since the last update, sorted by path.
        public let files: [SearchIndexFile]
        /// Every file of the index, sorted: a file of the last update that is not among them is
        /// no longer part of it.
        public let paths: [String]
        /// How many documents were analysed: those that changed, or all when the index was
        /// made anew.
        public let analysed: Int
    }

    /// Brings `state` to `documents`: the index `build` would make of them, of which it returns
    /// the files that differ from the last update's.
    ///
    /// Only the documents that are new or differ from the one they were are analysed again:
    /// when the others keep their places, only the files the changed ones touch are made
    /// again; when documents were added or removed (or one moved, its date changed), the
    /// others' postings are renumbered and every file is made again. When many changed, or
    /// the options or language did, everything is. Either way the bytes are those of `build`.
    public static func update(
        _ state: inout SearchIndexState, documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard
    ) -> Update {
        let files = Mutex<[SearchIndexFile]>([])
        let update = update(&state, documents: documents, language: language, options: options) { file in
            files.withLock { $0.append(file) }
        }
        let made = files.withLock { $0 }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return Update(files: made, paths: update.paths, analysed: update.analysed)
    }

    /// Brings `state` to `documents` as `update(_:documents:language:options:)` does, and
    /// hands each file whose bytes changed to `write` as soon as it is made, from whichever
    /// thread made it: when every file is made again (documents added or removed), none is
    /// kept in memory. Returns every path of the index and the number of documents analysed.
    package static func update(
        _ state: inout SearchIndexState, documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard,
        handing write: @Sendable (SearchIndexFile) -> Void
    ) -> (paths: [String], analysed: Int) {
        let siteLanguage = SearchLanguage(language)
        let (ordered, languages, years) = order(documents, siteLanguage: siteLanguage)
        // The files of the documents that changed in place, or `nil`: every file.
        var made: [SearchIndexFile]?
        let writer: SearchIndexWriter
        let analysed: Int
        // The state lets go of its model while it is changed, so that the lists change in place.
        var previous = (model: state.model, layout: state.layout)
        (state.model, state.layout) = (nil, nil)
        let isComparable = state.language == language && state.options.cutsFiles(as: options)
        // Texts with identities (a build's) compare without being read.
        let changed = previous.model.flatMap { model in
            isComparable && model.documents.count == ordered.count
                ? ordered.indices.filter { ordered[$0] != model.documents[$0] || languages[$0] != model.languages[$0] } : nil
        }
        // A kept model knows its texts by their identities alone: it takes the documents given,
        // equal where unchanged, so that every text the writer reads can be read.
        if changed?.isEmpty == true {
            previous.model?.adopt(ordered)
            (state.model, state.layout) = previous
            return (state.paths, 0)
        }
        // Many changes at once (a renamed author, another language): analysing everything on
        // all cores is as quick.
        let limit = max(16, ordered.count / 8)
        let moved = changed.map { $0.count <= limit } ?? false || !isComparable
            ? nil : previous.model.flatMap { IndexAlignment(of: $0, to: ordered, languages: languages, limit: limit) }
        if let changed, changed.count <= limit, var model = previous.model, var layout = previous.layout {
            previous = (nil, nil)
            model.adopt(ordered)
            let affected = model.replace(changed.map { ($0, ordered[$0], languages[$0], years[$0]) })
            let stale = layout.update(model: model, affected: affected, splitBytes: options.shardSplitBytes)
            writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
            made = writer.files(shards: stale, documents: changed)
            analysed = changed.count
        } else if let moved, var model = previous.model {
            previous = (nil, nil)
            model.renumber(moved.newPositions, documents: ordered, languages: languages, years: years)
            _ = model.replace(moved.changed.map { ($0, ordered[$0], languages[$0], years[$0]) })
            let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
            writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
            made = nil
            analysed = moved.changed.count
        } else {
            previous = (nil, nil)
            let model = IndexModel(documents: ordered, languages: languages, years: years, workers: options.workers, isEditable: state.keepsLists)
            let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
            writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
            made = nil
            analysed = ordered.count
        }
        let paths = writer.paths
        let (old, fileHash) = (state.hashes, state.fileHash)
        let hashes = Mutex(Dictionary(uniqueKeysWithValues: paths.compactMap { path in old[path].map { (path, $0) } }))
        let handOver = { @Sendable (file: SearchIndexFile) in
            let hash = file.bytes.withUnsafeBytes { fileHash($0) }
            hashes.withLock { $0[file.path] = hash }
            if old[file.path] != hash { write(file) }
        }
        if let made {
            made.forEach(handOver)
        } else {
            writer.forEachFile(handOver)
        }
        state.model = writer.model
        state.layout = writer.layout
        state.language = language
        state.options = options
        state.hashes = hashes.withLock { $0 }
        state.paths = paths
        return (paths, analysed)
    }

    /// FNV-1a of `bytes`: by default, tells whether a file's bytes changed.
    @Sendable static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
