import Testing
@testable import Search

/// A document's mark is kept on disk and compared in the next process: it hashes the same
/// bytes on every machine, each field with its length before it, numbers least significant
/// byte first.
struct DocumentMarkTests {
    static let hash: SearchIndexState.FileHash = { SearchIndex.fnv1a($0) }

    /// The bytes the mark hashes, written out apart from `DocumentMark`.
    static func encoded(_ fields: [String], lists: [[String]] = [], identity: UInt64? = nil) -> [UInt8] {
        func number(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        func text(_ value: String) -> [UInt8] { number(UInt64(value.utf8.count)) + Array(value.utf8) }
        var bytes = fields.flatMap(text)
        for list in lists { bytes += number(UInt64(list.count)) + list.flatMap(text) }
        if let identity { bytes += number(identity) }
        return bytes
    }

    @Test("The key hashes id, URL and date; the fingerprint every field, the language and the text's identity")
    func bytes() throws {
        // A bridged or foreign text is copied byte by byte, a native one at once: the same bytes.
        let document = SearchDocument(id: "posts/glück-auf.md", url: "/2026/glueck-auf/", title: "Glück auf", subtitle: "Zeche",
                                      summary: "Kurz", tags: ["Bergbau", "Kohle"], categories: ["Presse"], section: "Meldungen",
                                      authors: ["Anna Berg"], date: "2026-12-07", language: "de", label: "Entwurf",
                                      body: SearchText(reading: { "Text" }, identity: 0x0102_0304_0506_0708))
        var buffer: [UInt8] = []
        let mark = try #require(DocumentMark(document, language: SearchLanguage("de"), hash: Self.hash, buffer: &buffer))
        let key = Self.encoded(["posts/glück-auf.md", "/2026/glueck-auf/", "2026-12-07"])
        #expect(mark.key == key.withUnsafeBytes { SearchIndex.fnv1a($0) })
        let all = Self.encoded(["posts/glück-auf.md", "/2026/glueck-auf/", "2026-12-07", "Glück auf", "Zeche", "Kurz", "Meldungen", "de",
                                "Entwurf", SearchLanguage("de").code],
                               lists: [["Bergbau", "Kohle"], ["Presse"], ["Anna Berg"]], identity: 0x0102_0304_0506_0708)
        #expect(mark.fingerprint == all.withUnsafeBytes { SearchIndex.fnv1a($0) })
    }
}
