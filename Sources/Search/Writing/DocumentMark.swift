import Dispatch

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
    init?(_ document: borrowing SearchDocument, language: SearchLanguage, hash: SearchIndexState.FileHash, buffer: inout [UInt8]) {
        guard let identity = document.body.identity else { return nil }
        buffer.removeAll(keepingCapacity: true)
        // Appended one by one: a literal array of the fields would be made for every document.
        Self.append(document.id, to: &buffer)
        Self.append(document.url, to: &buffer)
        Self.append(document.date, to: &buffer)
        key = buffer.withUnsafeBytes { hash($0) }
        Self.append(document.title, to: &buffer)
        Self.append(document.subtitle, to: &buffer)
        Self.append(document.summary, to: &buffer)
        Self.append(document.section, to: &buffer)
        Self.append(document.language, to: &buffer)
        Self.append(document.label, to: &buffer)
        Self.append(language.code, to: &buffer)
        Self.append(document.tags, to: &buffer)
        Self.append(document.categories, to: &buffer)
        Self.append(document.authors, to: &buffer)
        Self.append(identity, to: &buffer)
        fingerprint = buffer.withUnsafeBytes { hash($0) }
    }

    private static func append(_ list: [String], to buffer: inout [UInt8]) {
        append(UInt64(list.count), to: &buffer)
        for text in list { append(text, to: &buffer) }
    }

    /// A text with its length before it, so that no two lists of texts give the same bytes.
    private static func append(_ text: String, to buffer: inout [UInt8]) {
        append(UInt64(text.utf8.count), to: &buffer)
        // Copied at once where the text's bytes are in one piece (a native string's are): as a
        // sequence, byte by byte, a third of the marks' time.
        if text.utf8.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil {
            buffer.append(contentsOf: text.utf8)
        }
    }

    private static func append(_ value: UInt64, to buffer: inout [UInt8]) {
        // Least significant byte first, on every machine.
        var value = value
        for _ in 0..<8 {
            buffer.append(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    /// The marks of `documents` (analysed in `languages`), `nil` where a text has no identity:
    /// each half on a core of its own.
    static func marks(of documents: [SearchDocument], languages: [SearchLanguage], hash: SearchIndexState.FileHash) -> [DocumentMark?] {
        // Below a few thousand documents, a thread costs more than it saves.
        let runs = documents.count < 2000 ? 1 : 2
        let runLength = (documents.count + runs - 1) / runs
        return [DocumentMark?](unsafeUninitializedCapacity: documents.count) { marks, count in
            nonisolated(unsafe) let marks = marks
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                var buffer: [UInt8] = []
                buffer.reserveCapacity(4096)
                // Each run initializes its own slots only.
                for index in (run * runLength)..<min(documents.count, (run + 1) * runLength) {
                    marks.initializeElement(at: index, to: DocumentMark(documents[index], language: languages[index], hash: hash, buffer: &buffer))
                }
            }
            count = documents.count
        }
    }
}
