/// An article's rendered body and its text for search, the two large parts of an article:
/// held in memory (the preview, small sites), or in a `BodyStore` file until a page, a feed or
/// the search index reads them (one-shot builds), so that a build's memory does not grow with
/// the archive's text.
public struct ArticleBody: Sendable {
    private enum Storage: Sendable {
        case inline(html: String, text: String)
        case stored(BodyStore, html: BodyStore.Slice, text: BodyStore.Slice)
    }

    private let storage: Storage
    /// A hash of the HTML: what page signatures compare instead of the text itself.
    let hash: UInt64
    /// A hash of the plain text: what the search index compares instead of the text (two
    /// bodies of the same HTML may have different texts, raw HTML having none).
    let textHash: UInt64

    /// A body kept in memory.
    init(html: String, text: String) {
        storage = .inline(html: html, text: text)
        hash = FileDigest.xxh64(html)
        textHash = FileDigest.xxh64(text)
    }

    private init(storage: Storage, hash: UInt64, textHash: UInt64) {
        self.storage = storage
        self.hash = hash
        self.textHash = textHash
    }

    /// A body that `store` already holds at `html` and `text`, whose HTML and text have the
    /// XXH64 `hash` and `textHash` (a body of the content cache, left in its part until a page
    /// reads it).
    init(store: BodyStore, html: BodyStore.Slice, text: BodyStore.Slice, hash: UInt64, textHash: UInt64) {
        self.init(storage: .stored(store, html: html, text: text), hash: hash, textHash: textHash)
    }

    /// The same body kept in `store`, or as it is when the store cannot take it (a full disk).
    func stored(in store: BodyStore) -> ArticleBody {
        guard case .inline(let html, let text) = storage, let htmlSlice = store.append(html), let textSlice = store.append(text) else {
            return self
        }
        return ArticleBody(storage: .stored(store, html: htmlSlice, text: textSlice), hash: hash, textHash: textHash)
    }

    /// Where `store` holds the HTML and the text, or `nil` when the body is not in it.
    func slices(in store: BodyStore) -> (html: BodyStore.Slice, text: BodyStore.Slice)? {
        guard case .stored(let holder, let html, let text) = storage, holder === store else { return nil }
        return (html, text)
    }

    /// An article without a body of its own (a placeholder before its body is attached).
    static let empty = ArticleBody(html: "", text: "")

    /// The size of the HTML and the text, in bytes, without reading them.
    var byteCount: Int {
        switch storage {
        case .inline(let html, let text): html.utf8.count + text.utf8.count
        case .stored(_, let html, let text): html.count + text.count
        }
    }

    /// The size of the HTML in bytes, without reading it.
    public var htmlByteCount: Int {
        switch storage {
        case .inline(let html, _): html.utf8.count
        case .stored(_, let html, _): html.count
        }
    }

    /// The rendered HTML of the body.
    public var html: String {
        switch storage {
        case .inline(let html, _): html
        case .stored(let store, let slice, _): store.read(slice, hash: hash)
        }
    }

    /// Appends the HTML's UTF-8 bytes to `bytes` without making a string of them: writing
    /// every body of a build into the content cache would otherwise check its UTF-8 again.
    func appendHTML(to bytes: inout [UInt8]) {
        switch storage {
        case .inline(let html, _): bytes.append(contentsOf: html.utf8)
        case .stored(let store, let slice, _): store.read(slice, hash: hash, appendingTo: &bytes)
        }
    }

    /// Appends the text's UTF-8 bytes to `bytes`, as `appendHTML(to:)` does.
    func appendText(to bytes: inout [UInt8]) {
        switch storage {
        case .inline(_, let text): bytes.append(contentsOf: text.utf8)
        case .stored(let store, _, let slice): store.read(slice, hash: textHash, appendingTo: &bytes)
        }
    }

    /// The body without markup (`MarkdownDocument.plainText`): what search indexes.
    public var text: String {
        switch storage {
        case .inline(_, let text): text
        case .stored(let store, _, let slice): store.read(slice, hash: textHash)
        }
    }
}
