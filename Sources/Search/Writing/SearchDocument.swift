/// One page as the search index sees it: the text it is found by and what a result shows.
///
/// Text fields hold plain text, no markup. The index never sees drafts, future or embargoed
/// articles: the caller leaves them out.
public struct SearchDocument: Sendable, Hashable {
    /// What a document holds, kept in one object: an index copies its documents into its
    /// order, its facet table and its marks, and a copy then retains one reference instead of
    /// one for each of thirteen fields. Never changed: a change makes a new object.
    private final class Storage: Sendable {
        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private struct Fields: Sendable, Hashable {
        var id: String
        var url: String
        var title: String
        var subtitle: String
        var summary: String
        var body: SearchText
        var tags: [String]
        var categories: [String]
        var section: String
        var authors: [String]
        var date: String
        var language: String
        var label: String
    }

    private var storage: Storage

    /// A stable identifier (the article's slug or source path); orders documents of the same
    /// date, so that the index's bytes do not depend on the order documents are given in.
    public var id: String {
        get { storage.fields.id }
        set { change { $0.id = newValue } }
    }
    /// The page's URL as a result links to it, usually root-relative (`/2024/06/austausch/`).
    public var url: String {
        get { storage.fields.url }
        set { change { $0.url = newValue } }
    }
    /// The headline: a match here ranks first.
    public var title: String {
        get { storage.fields.title }
        set { change { $0.title = newValue } }
    }
    /// The line under the headline; ranks second.
    public var subtitle: String {
        get { storage.fields.subtitle }
        set { change { $0.subtitle = newValue } }
    }
    /// The teaser; searched like the body, and the excerpt a result shows.
    public var summary: String {
        get { storage.fields.summary }
        set { change { $0.summary = newValue } }
    }
    /// The article's text without markup, in memory or read when the index needs it.
    public var body: SearchText {
        get { storage.fields.body }
        set { change { $0.body = newValue } }
    }
    /// The article's text without markup.
    public var bodyText: String {
        get { body.text }
        set { body = SearchText(newValue) }
    }
    /// Tag display names (`Künstliche Intelligenz`); searched with categories, section and
    /// authors, third in rank.
    public var tags: [String] {
        get { storage.fields.tags }
        set { change { $0.tags = newValue } }
    }
    /// Category display names; also a filter.
    public var categories: [String] {
        get { storage.fields.categories }
        set { change { $0.categories = newValue } }
    }
    /// The newsroom section; empty when the page has none. Also a filter.
    public var section: String {
        get { storage.fields.section }
        set { change { $0.section = newValue } }
    }
    /// The authors' display names (`Doreen Müller`), so that a search for a name finds them.
    public var authors: [String] {
        get { storage.fields.authors }
        set { change { $0.authors = newValue } }
    }
    /// The publication date, ISO 8601: `2024-06-28`, `2024-06-28T14:30:00+02:00`.
    public var date: String {
        get { storage.fields.date }
        set { change { $0.date = newValue } }
    }
    /// The document's BCP 47 language tag; its stemmer and stop words apply to its text. An
    /// empty tag means the index's language.
    public var language: String {
        get { storage.fields.language }
        set { change { $0.language = newValue } }
    }
    /// A short mark a result shows beside its title ("Entwurf" in an editors' preview);
    /// usually empty. Not searched.
    public var label: String {
        get { storage.fields.label }
        set { change { $0.label = newValue } }
    }

    /// Makes a document; only `id`, `url` and `title` are required. `body`, when given,
    /// stands for `bodyText`.
    public init(
        id: String, url: String, title: String, subtitle: String = "", summary: String = "",
        bodyText: String = "", tags: [String] = [], categories: [String] = [], section: String = "",
        authors: [String] = [], date: String = "", language: String = "", label: String = "", body: SearchText? = nil
    ) {
        storage = Storage(Fields(
            id: id, url: url, title: title, subtitle: subtitle, summary: summary, body: body ?? SearchText(bodyText),
            tags: tags, categories: categories, section: section, authors: authors, date: date, language: language,
            label: label))
    }

    public static func == (left: SearchDocument, right: SearchDocument) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Documents are changed in tests and tools, never in a build: a change makes a new object.
    private mutating func change(_ edit: (inout Fields) -> Void) {
        var fields = storage.fields
        edit(&fields)
        storage = Storage(fields)
    }
}
