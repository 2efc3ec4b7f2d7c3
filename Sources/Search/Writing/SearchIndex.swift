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
        let dated = documents.map { (date: DocumentDate($0.date), document: $0) }.sorted { left, right in
            if left.date != right.date { return left.date < right.date }
            if left.document.id != right.document.id { return left.document.id.utf8.lexicographicallyPrecedes(right.document.id.utf8) }
            return left.document.url.utf8.lexicographicallyPrecedes(right.document.url.utf8)
        }
        let ordered = dated.map(\.document)
        let languages = ordered.map { $0.language.isEmpty ? siteLanguage : SearchLanguage($0.language) }

        var table = DocumentIndexer.index(ordered, languages: languages, workers: options.workers)
        CompoundSplitter.addTails(to: &table, isGerman: languages.map(\.splitsCompounds))

        let writer = SearchIndexWriter(
            documents: ordered, years: dated.map(\.date.year), table: table,
            languages: Set(languages + [siteLanguage]).sorted { $0.code < $1.code },
            siteLanguage: siteLanguage, options: options)
        return writer.files()
    }
}
