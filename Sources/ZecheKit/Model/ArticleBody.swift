/// An article's rendered body, its text for search and its outline (headings and quotes), the
/// large parts of an article: held in memory (the preview, small sites), or in a `BodyStore`
/// file until a page, a feed or the search index reads them (one-shot builds), so that a
/// build's memory does not grow with the archive's text.
public struct ArticleBody: Sendable {
    private enum Storage: Sendable {
        case inline(html: String, text: String, outline: BodyOutline)
        /// An empty outline has no bytes (`BodyOutline.encoded`).
        case stored(BodyStore, html: BodyStore.Slice, text: BodyStore.Slice, outline: BodyStore.Slice, outlineHash: UInt64)
    }

    private let storage: Storage
    /// A hash of the HTML: what page signatures compare instead of the text itself.
    let hash: UInt64
    /// A hash of the plain text: what the search index compares instead of the text (two
    /// bodies of the same HTML may have different texts, raw HTML having none).
    let textHash: UInt64

    /// A body kept in memory.
    init(html: String, text: String, outline: BodyOutline = .empty) {
        storage = .inline(html: html, text: text, outline: outline)
        hash = FileDigest.xxh64(html)
        textHash = FileDigest.xxh64(text)
    }

    private init(storage: Storage, hash: UInt64, textHash: UInt64) {
        self.storage = storage
        self.hash = hash
        self.textHash = textHash
    }

    /// A body that `store` already holds at `html`, `text` and `outline`, whose HTML, text and
    /// outline have the XXH64 `hash`, `textHash` and `outlineHash` (a body of the content cache,
    /// left in its part until a page reads it).
    init(store: BodyStore, html: BodyStore.Slice, text: BodyStore.Slice, outline: BodyStore.Slice, hash: UInt64, textHash: UInt64,
         outlineHash: UInt64) {
        self.init(storage: .stored(store, html: html, text: text, outline: outline, outlineHash: outlineHash), hash: hash, textHash: textHash)
    }

    /// The same body kept in `store`, or as it is when the store cannot take it (a full disk).
    func stored(in store: BodyStore) -> ArticleBody {
        guard case .inline(let html, let text, let outline) = storage else { return self }
        let bytes = outline.encoded
        guard let htmlSlice = store.append(html), let textSlice = store.append(text), let outlineSlice = store.append(bytes: bytes) else {
            return self
        }
        let outlineHash = bytes.withUnsafeBytes { FileDigest.xxh64($0) }
        return ArticleBody(storage: .stored(store, html: htmlSlice, text: textSlice, outline: outlineSlice, outlineHash: outlineHash),
                           hash: hash, textHash: textHash)
    }

    /// Where `store` holds the HTML, the text and the outline, or `nil` when the body is not in it.
    func slices(in store: BodyStore) -> (html: BodyStore.Slice, text: BodyStore.Slice, outline: BodyStore.Slice)? {
        guard case .stored(let holder, let html, let text, let outline, _) = storage, holder === store else { return nil }
        return (html, text, outline)
    }

    /// An article without a body of its own (a placeholder before its body is attached).
    static let empty = ArticleBody(html: "", text: "")

    /// The size of the HTML and the text, in bytes, without reading them.
    var byteCount: Int {
        switch storage {
        case .inline(let html, let text, _): html.utf8.count + text.utf8.count
        case .stored(_, let html, let text, _, _): html.count + text.count
        }
    }

    /// The size of the HTML in bytes, without reading it.
    public var htmlByteCount: Int {
        switch storage {
        case .inline(let html, _, _): html.utf8.count
        case .stored(_, let html, _, _, _): html.count
        }
    }

    /// The rendered HTML of the body.
    public var html: String {
        switch storage {
        case .inline(let html, _, _): html
        case .stored(let store, let slice, _, _, _): store.read(slice, hash: hash)
        }
    }

    /// Appends the HTML's UTF-8 bytes to `bytes` without making a string of them: writing
    /// every body of a build into the content cache would otherwise check its UTF-8 again.
    func appendHTML(to bytes: inout [UInt8]) {
        switch storage {
        case .inline(let html, _, _): bytes.append(contentsOf: html.utf8)
        case .stored(let store, let slice, _, _, _): store.read(slice, hash: hash, appendingTo: &bytes)
        }
    }

    /// Appends the text's UTF-8 bytes to `bytes`, as `appendHTML(to:)` does.
    func appendText(to bytes: inout [UInt8]) {
        switch storage {
        case .inline(_, let text, _): bytes.append(contentsOf: text.utf8)
        case .stored(let store, _, let slice, _, _): store.read(slice, hash: textHash, appendingTo: &bytes)
        }
    }

    /// The body without markup (`MarkdownDocument.plainText`): what search indexes.
    public var text: String {
        switch storage {
        case .inline(_, let text, _): text
        case .stored(let store, _, let slice, _, _): store.read(slice, hash: textHash)
        }
    }

    /// The text, or `nil` where it cannot be read back as it was hashed (`textHash`), without
    /// the store counting that as a failure: the search index takes an article's earlier text
    /// from the content cache when it can, and does without it otherwise.
    var intactText: String? {
        switch storage {
        case .inline(_, let text, _): text
        case .stored(let store, _, let slice, _, _): store.textIfIntact(slice, hash: textHash)
        }
    }

    /// The headings and quotes, read from the store when the body is in one: only its own page
    /// shows them. Empty, and the store's `hasFailed` set, when they cannot be read back.
    public var outline: BodyOutline {
        switch storage {
        case .inline(_, _, let outline): return outline
        case .stored(let store, _, _, let slice, let outlineHash):
            var bytes: [UInt8] = []
            guard store.read(slice, hash: outlineHash, appendingTo: &bytes) else { return .empty }
            return BodyOutline(decoding: bytes) ?? .empty
        }
    }

    /// The XXH64 of the outline's bytes (`BodyOutline.encoded`), which a store compares when it
    /// reads them back.
    var outlineHash: UInt64 {
        switch storage {
        case .inline(_, _, let outline): outline.encoded.withUnsafeBytes { FileDigest.xxh64($0) }
        case .stored(_, _, _, _, let outlineHash): outlineHash
        }
    }

    /// Appends the outline's bytes (`BodyOutline.encoded`) to `bytes`, as `appendHTML(to:)` does.
    func appendOutline(to bytes: inout [UInt8]) {
        switch storage {
        case .inline(_, _, let outline): bytes.append(contentsOf: outline.encoded)
        case .stored(let store, _, _, let slice, let outlineHash): store.read(slice, hash: outlineHash, appendingTo: &bytes)
        }
    }
}
