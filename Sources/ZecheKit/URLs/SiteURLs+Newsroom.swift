/// The addresses of the newsroom's pages and files: sections, categories, contacts and their
/// vCards, the pages of every paginated list, the feeds of each list, and the private pages
/// of embargoed articles.
extension SiteURLs {
    /// The two feed formats every list has.
    public enum FeedFormat: String, Sendable, CaseIterable {
        case atom = "feed.xml"
        case json = "feed.json"
    }

    /// Page `number` of the list whose first page is `first`: `/tags/x/`, `/tags/x/page/2/`;
    /// for the home page `/`, `/page/2/`.
    public func page(_ number: Int, ofList first: PageAddress) -> PageAddress {
        number == 1 ? first : page(Self.folder(of: first) + "page/\(number)/")
    }

    /// A list's feed, beside its first page: `/tags/x/feed.xml`; the home page's is the
    /// site's `/feed.xml`.
    public func feed(_ format: FeedFormat, ofList first: PageAddress) -> PageAddress {
        file(Self.folder(of: first) + format.rawValue)
    }

    /// A section's first page: `/pressemitteilungen/` for the path `/pressemitteilungen/` (a
    /// path of the site: a language's sections have theirs, `/en/pressemitteilungen/`).
    public func section(path: String) -> PageAddress { page(path) }

    /// The overview of all categories.
    public var categories: PageAddress { languagePage("categories/") }

    /// A category's first page: `/categories/digitalisierung/`.
    public func category(id: String) -> PageAddress { languagePage("categories/\(id)/") }

    /// The page that lists the press contacts.
    public var contacts: PageAddress { languagePage("contacts/") }

    /// A contact's entry on the contacts page: `/contacts/#lena-hoffmann`.
    public func contact(id: String) -> String { contacts.url + "#" + id }

    /// The vCard of a contact: `/contacts/lena-hoffmann.vcf`.
    public func vCard(id: String) -> PageAddress { file(languageFolder + "contacts/\(id).vcf") }

    /// The private page of an embargoed article: `/vorab/<token>/`.
    public func embargoed(token: String) -> PageAddress { languagePage("vorab/\(token)/") }

    /// The output folder of a list's first page: `tags/x/` for `tags/x/index.html`.
    private static func folder(of first: PageAddress) -> String {
        String(first.outputPath.dropLast("index.html".count))
    }
}
