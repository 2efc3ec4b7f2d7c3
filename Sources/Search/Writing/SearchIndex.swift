import Synchronization
import TextCore

/// Builds the static search index of a site: a manifest and small JSON files that a browser
/// downloads as a query needs them. `docs/search.md` describes the format.
public enum SearchIndex {
    /// The format version the manifest records; a client refuses a version it does not know.
    public static let formatVersion = 1

    /// The index files for `documents`.
    ///
    /// `language` (a BCP 47 tag) is the site's: documents without a language of their own are
    /// analysed with its rules, and clients take it for the interface. The same documents
    /// always give the same bytes, whatever their order. Dates that do not parse rank the
    /// document after every dated one, and it gets no year.
    public static func build(
        documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard
    ) -> [SearchIndexFile] {
        let siteLanguage = SearchLanguage(language)
        let (ordered, languages, years) = order(documents, siteLanguage: siteLanguage)
        let model = IndexModel(documents: ordered, languages: languages, years: years, workers: options.workers, isEditable: false)
        let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
        return SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options).files()
    }

    /// Makes the index files of `documents` on all cores, as `build` does, and hands each to
    /// `write` as soon as it is made, from whichever thread made it; returns the path of every
    /// file, sorted. The index of a large archive is a gigabyte of files: none is kept after
    /// `write` returns.
    public static func write(
        documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard,
        _ write: @Sendable (SearchIndexFile) -> Void
    ) -> [String] {
        Self.write(documents: documents, language: language, options: options, keeping: nil, write).paths
    }

    /// Writes the index as `write(documents:language:options:_:)` does and, when `fileHash`
    /// is given, returns it as a state that `update` can bring to other documents later (in
    /// this process or, through `SearchIndexState.Snapshot`, in another): the model as made
    /// to be written once, and each file's `fileHash`.
    package static func write(
        documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard,
        keeping fileHash: SearchIndexState.FileHash?, _ write: @Sendable (SearchIndexFile) -> Void
    ) -> (paths: [String], state: SearchIndexState?) {
        let siteLanguage = SearchLanguage(language)
        let (ordered, languages, years) = order(documents, siteLanguage: siteLanguage)
        let hashes = Mutex<[String: UInt64]>([:])
        let handOver = write
        let write = { @Sendable (file: SearchIndexFile) in
            if let fileHash {
                let hash = file.bytes.withUnsafeBytes { fileHash($0) }
                hashes.withLock { $0[file.path] = hash }
            }
            handOver(file)
        }
        let model = IndexModel(documents: ordered, languages: languages, years: years, workers: options.workers, isEditable: false)
        let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
        let writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
        writer.forEachFile(write)
        let paths = writer.paths
        guard let fileHash else { return (paths, nil) }
        var state = SearchIndexState(fileHash: fileHash)
        (state.model, state.layout, state.language, state.options) = (model, layout, language, options)
        (state.hashes, state.paths) = (hashes.withLock { $0 }, paths)
        return (paths, state)
    }

    /// Whether `path` (relative to the index's folder) is a file an index may have: what a
    /// site must leave to the index.
    public static func mayHave(_ path: String) -> Bool {
        path == "manifest.json" || path == "facets.json"
            || ["terms/", "positions/", "docs/", "text/"].contains { path.hasPrefix($0) }
    }

    /// The documents in index order (by the instant of their date, undated last, then by id and
    /// URL), with the language each is analysed in and the year its facet files it under.
    static func order(_ documents: [SearchDocument], siteLanguage: SearchLanguage)
        -> (documents: [SearchDocument], languages: [SearchLanguage], years: [String?]) {
        // Each date is parsed once, and indices move instead of documents.
        let dates = documents.map { DocumentDate($0.date) }
        let precedes = { (left: Int, right: Int) -> Bool in
            if dates[left] != dates[right] { return dates[left] < dates[right] }
            if documents[left].id != documents[right].id { return documents[left].id.precedesInUTF8(documents[right].id) }
            return documents[left].url.precedesInUTF8(documents[right].url)
        }
        var order = Array(documents.indices)
        // A site gives its articles newest first: checking that costs less than sorting.
        // Both keep documents that compare equal in the order given.
        if zip(order, order.dropFirst()).contains(where: { precedes($1, $0) }) { order.sort(by: precedes) }
        let ordered = order.map { documents[$0] }
        return (ordered, ordered.map { $0.language.isEmpty ? siteLanguage : SearchLanguage($0.language) }, order.map { dates[$0].year })
    }
}
