import Synchronization
import TextCore

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
    /// The lists of a state restored from a store that the model has not taken in yet.
    var stored: StoredLists?
    /// The marks of the documents, in index order: what a restored state knows of them.
    var marks: [DocumentMark]?
    /// The terms whose lists or encodings changed since the state was restored; `nil`: every term.
    var dirty: Set<Int32>?
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
        /// How the replaced documents' earlier postings were found (`EarlierPostings`);
        /// `nil` when none were looked for.
        public let foundEarlierPostings: EarlierPostings?
    }

    /// Brings `state` to `documents`: the index `build` would make of them, of which it returns
    /// the files that differ from the last update's.
    ///
    /// Only the documents that are new or differ from the one they were are analysed again:
    /// when the others keep their places, only the files the changed ones touch are made
    /// again; when documents were added or removed (or one moved, its date changed), the
    /// others' postings are renumbered and every file is made again. When many changed, or
    /// the options or language did, everything is. Either way the bytes are those of `build`.
    /// `earlierDocuments`: changed documents as they were before, by id, where the caller still
    /// knows them (`update(_:documents:language:options:earlierDocuments:handing:)`).
    public static func update(
        _ state: inout SearchIndexState, documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard,
        earlierDocuments: [String: SearchDocument] = [:]
    ) -> Update {
        let files = Mutex<[SearchIndexFile]>([])
        let update = update(&state, documents: documents, language: language, options: options, earlierDocuments: earlierDocuments) { file in
            files.withLock { $0.append(file) }
        }
        let made = files.withLock { $0 }.sorted { $0.path.precedesInUTF8($1.path) }
        return Update(files: made, paths: update.paths, analysed: update.analysed, foundEarlierPostings: update.foundEarlierPostings)
    }

    /// FNV-1a of `bytes`: by default, tells whether a file's bytes changed.
    @Sendable static func fnv1a(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}
