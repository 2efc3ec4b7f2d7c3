/// One result of a query: the document's id (its position in the index, newest first) and
/// its score.
package struct SearchHit: Sendable, Hashable {
    package let document: Int
    package let score: Int
}

/// What a result shows, from `docs/N.json`.
package struct SearchRecord: Sendable, Hashable {
    package let url: String
    package let title: String
    package let date: String
    package let section: String
    package let categories: [String]
    package let excerpt: String
    /// The document's label ("Entwurf"), or empty.
    package let label: String
}

/// Restricts a query to one section, category and year; `nil` lets everything through.
package struct SearchFilters: Sendable, Hashable {
    package var section: String?
    package var category: String?
    package var year: String?

    package init(section: String? = nil, category: String? = nil, year: String? = nil) {
        self.section = section
        self.category = category
        self.year = year
    }
}
