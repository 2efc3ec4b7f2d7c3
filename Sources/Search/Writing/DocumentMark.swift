/// What a kept index remembers of a document instead of the document: a hash of what places it
/// (id, URL, date) and a hash of everything the index takes from it (its fields, its text's
/// identity, the language it is analysed in). Two marks are equal for the same document and,
/// with a chance of about 2⁻⁶⁴, different for different ones, as text identities are.
package struct DocumentMark: Sendable, Hashable {
    /// A hash of the id, URL and date: the same document after others were added or removed.
    package let key: UInt64
    /// A hash of every field, the text's identity and the language.
    package let fingerprint: UInt64

    package init(key: UInt64, fingerprint: UInt64) {
        (self.key, self.fingerprint) = (key, fingerprint)
    }

    /// The mark of `document`, analysed in `language`, made with `hash`; `nil` when its text
    /// has no identity (it could not be told from another text without reading it).
    init?(_ document: SearchDocument, language: SearchLanguage, hash: SearchIndexState.FileHash, buffer: inout [UInt8]) {
        guard let identity = document.body.identity else { return nil }
        buffer.removeAll(keepingCapacity: true)
        for text in [document.id, document.url, document.date] { Self.append(text, to: &buffer) }
        key = buffer.withUnsafeBytes { hash($0) }
        for text in [document.title, document.subtitle, document.summary, document.section, document.language, document.label, language.code] {
            Self.append(text, to: &buffer)
        }
        for list in [document.tags, document.categories, document.authors] {
            Self.append(UInt64(list.count), to: &buffer)
            for text in list { Self.append(text, to: &buffer) }
        }
        Self.append(identity, to: &buffer)
        fingerprint = buffer.withUnsafeBytes { hash($0) }
    }

    /// A text with its length before it, so that no two lists of texts give the same bytes.
    private static func append(_ text: String, to buffer: inout [UInt8]) {
        append(UInt64(text.utf8.count), to: &buffer)
        buffer.append(contentsOf: text.utf8)
    }

    private static func append(_ value: UInt64, to buffer: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
    }

    /// The marks of `documents` (analysed in `languages`), `nil` where a text has no identity.
    static func marks(of documents: [SearchDocument], languages: [SearchLanguage], hash: SearchIndexState.FileHash) -> [DocumentMark?] {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        return documents.indices.map { DocumentMark(documents[$0], language: languages[$0], hash: hash, buffer: &buffer) }
    }
}
