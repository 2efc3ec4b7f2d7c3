import TextCore

/// One page as the search index sees it: the text it is found by and what a result shows.
///
/// Text fields hold plain text, no markup. The index never sees drafts, future or embargoed
/// articles: the caller leaves them out. Its fields (`Fields`) are read and changed as its own:
/// `document.title`.
@dynamicMemberLookup
public struct SearchDocument: Sendable, Hashable {
    /// What a document holds.
    public struct Fields: Sendable, Hashable {
        /// A stable identifier (the article's slug or source path); orders documents of the
        /// same date, so that the index's bytes do not depend on the order documents are given in.
        public var id: String
        /// The page's URL as a result links to it, usually root-relative (`/2024/06/austausch/`).
        public var url: String
        /// The headline: a match here ranks first.
        public var title: String
        /// The line under the headline; ranks second.
        public var subtitle: String
        /// The teaser; searched like the body, and the excerpt a result shows.
        public var summary: String
        /// The article's text without markup, in memory or read when the index needs it.
        public var body: SearchText
        /// Tag display names (`Künstliche Intelligenz`); searched with categories, section and
        /// authors, third in rank.
        public var tags: [String]
        /// Category display names; also a filter.
        public var categories: [String]
        /// The newsroom section; empty when the page has none. Also a filter.
        public var section: String
        /// The authors' display names (`Doreen Müller`), so that a search for a name finds them.
        public var authors: [String]
        /// The publication date, ISO 8601: `2024-06-28`, `2024-06-28T14:30:00+02:00`.
        public var date: String
        /// The document's BCP 47 language tag; its stemmer and stop words apply to its text.
        /// An empty tag means the index's language.
        public var language: String
        /// A short mark a result shows beside its title ("Entwurf" in an editors' preview);
        /// usually empty. Not searched.
        public var label: String
    }

    /// The fields in one object: an index copies its documents into its order, its facet table
    /// and its marks, and a copy then retains one reference instead of one for each of thirteen
    /// fields.
    private var storage: SharedFields<Fields>

    /// Makes a document; only `id`, `url` and `title` are required. `body`, when given,
    /// stands for `bodyText`.
    public init(
        id: String, url: String, title: String, subtitle: String = "", summary: String = "",
        bodyText: String = "", tags: [String] = [], categories: [String] = [], section: String = "",
        authors: [String] = [], date: String = "", language: String = "", label: String = "", body: SearchText? = nil
    ) {
        storage = SharedFields(Fields(
            id: id, url: url, title: title, subtitle: subtitle, summary: summary, body: body ?? SearchText(bodyText),
            tags: tags, categories: categories, section: section, authors: authors, date: date, language: language,
            label: label))
    }

    /// A field of the document (`document.title`). Documents are changed in tests and tools, and
    /// a build makes an edited article's earlier document from its new one this way.
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set {
            var fields = storage.fields
            fields[keyPath: field] = newValue
            storage = SharedFields(fields)
        }
    }

    /// The article's text without markup.
    public var bodyText: String {
        get { storage.fields.body.text }
        set { self.body = SearchText(newValue) }
    }

    public static func == (left: SearchDocument, right: SearchDocument) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }
}
