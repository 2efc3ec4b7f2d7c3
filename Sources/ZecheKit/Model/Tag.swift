/// A topic that articles share. Spellings that differ only in case or diacritics form one tag.
public struct Tag: Sendable, Hashable {
    /// The name as most articles write it (case and umlauts kept).
    public let name: String
    /// The URL form: `digitalisierung`, `kuenstliche-intelligenz`.
    public let slug: String
    /// The tag page's site URL: `/tags/SLUG/`.
    public let url: String
    /// Indices into `Site.articles`, newest first.
    public let articleIndices: [Int]
}
