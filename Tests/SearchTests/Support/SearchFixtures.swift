@testable import Search

/// Builds an index of `documents` and answers queries with the reference reader.
struct SearchFixture: Sendable {
    let files: [SearchIndexFile]
    let reader: SearchIndexReader
    let documents: [SearchDocument]

    init(_ documents: [SearchDocument], language: String = "de", options: SearchIndexOptions = .standard) throws {
        self.documents = documents
        files = SearchIndex.build(documents: documents, language: language, options: options)
        reader = try SearchIndexReader(files: files)
    }

    /// The ids of the documents that match `query`, best first.
    func ids(_ query: String, filters: SearchFilters = SearchFilters()) throws -> [String] {
        try reader.search(query, filters: filters).map { try id(of: $0.document) }
    }

    func id(of document: Int) throws -> String {
        let url = try reader.record(document).url
        return documents.first { $0.url == url }?.id ?? url
    }
}

extension SearchDocument {
    /// A document whose id is also its URL, dated `date`.
    static func fixture(
        _ id: String, title: String = "Titel", subtitle: String = "", body: String = "", tags: [String] = [],
        categories: [String] = [], section: String = "", authors: [String] = [], date: String = "2024-01-01",
        language: String = ""
    ) -> SearchDocument {
        SearchDocument(id: id, url: "/\(id)/", title: title, subtitle: subtitle, bodyText: body, tags: tags,
                       categories: categories, section: section, authors: authors, date: date, language: language)
    }
}
