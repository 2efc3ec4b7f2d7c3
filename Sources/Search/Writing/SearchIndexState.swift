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
        let siteLanguage = SearchLanguage(language)
        let (ordered, languages, years) = order(documents, siteLanguage: siteLanguage)
        var made: [SearchIndexFile]
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
            return Update(files: [], paths: state.paths, analysed: 0)
        }
        // Many changes at once (a renamed author, another language): analysing everything on
        // all cores is as quick.
        let limit = max(16, ordered.count / 8)
        let moved = changed.map { $0.count <= limit } ?? false || !isComparable
            ? nil : previous.model.flatMap { Alignment(of: $0, to: ordered, languages: languages, limit: limit) }
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
            made = writer.files()
            analysed = moved.changed.count
        } else {
            previous = (nil, nil)
            let model = IndexModel(documents: ordered, languages: languages, years: years, workers: options.workers, isEditable: state.keepsLists)
            let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
            writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
            made = writer.files()
            analysed = ordered.count
        }
        let paths = writer.paths
        var hashes = Dictionary(uniqueKeysWithValues: paths.compactMap { path in state.hashes[path].map { (path, $0) } })
        made = made.filter { file in
            let hash = file.bytes.withUnsafeBytes(state.fileHash)
            defer { hashes[file.path] = hash }
            return hashes[file.path] != hash
        }
        state.model = writer.model
        state.layout = writer.layout
        state.language = language
        state.options = options
        state.hashes = hashes
        state.paths = paths
        return Update(files: made.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }, paths: paths, analysed: analysed)
    }

    /// FNV-1a of `bytes`: by default, tells whether a file's bytes changed.
    @Sendable static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}

/// Where the documents of a kept model are among the documents of an update, when some were
/// added, removed or moved: a document is the same one when its id, URL and date are (so
/// that those kept are in the same order), and is analysed again when it is new or differs.
struct Alignment {
    /// Per document of the model, its place among the new ones (−1: gone).
    let newPositions: [Int32]
    /// The places of the new documents to analyse, ascending.
    let changed: [Int]

    /// `nil` when two documents share an id, URL and date, or more than `limit` are to be analysed.
    init?(of model: IndexModel, to ordered: [SearchDocument], languages: [SearchLanguage], limit: Int) {
        struct Key: Hashable {
            let id: String, url: String, date: String
        }
        var places: [Key: Int32] = [:]
        places.reserveCapacity(ordered.count)
        for (place, document) in ordered.enumerated() {
            guard places.updateValue(Int32(place), forKey: Key(id: document.id, url: document.url, date: document.date)) == nil else { return nil }
        }
        var newPositions = [Int32](repeating: -1, count: model.documents.count)
        var oldPositions = [Int32](repeating: -1, count: ordered.count)
        var last: Int32 = -1
        for (old, document) in model.documents.enumerated() {
            guard let place = places[Key(id: document.id, url: document.url, date: document.date)] else { continue }
            // Kept documents sort by the same keys as before: a place out of order is a
            // duplicate the keys do not tell apart.
            guard place > last else { return nil }
            last = place
            newPositions[old] = place
            oldPositions[Int(place)] = Int32(old)
        }
        let changed = ordered.indices.filter { place in
            let old = Int(oldPositions[place])
            return old < 0 || ordered[place] != model.documents[old] || languages[place] != model.languages[old]
        }
        guard changed.count <= limit else { return nil }
        self.newPositions = newPositions
        self.changed = changed
    }
}
