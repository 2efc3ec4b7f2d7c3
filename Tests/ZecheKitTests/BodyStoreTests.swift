import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// The body store of one-shot builds gives back every text exactly as it was put in, from any
/// number of threads; bodies moved into it read as before, and a document that left its
/// Markdown in its file reads it again only while the file is unchanged.
@Suite struct BodyStoreTests {
    @Test("Texts appended from many threads read back byte for byte")
    func roundTrip() throws {
        let store = try #require(BodyStore())
        let texts = (0..<400).map { index in
            index % 7 == 0 ? "" : String(repeating: "Zeile \(index): Förderturm, Schacht XII, „Zollverein“ – 🏭\n", count: index % 50 + 1)
        }
        let slices = Parallel.map(texts.count) { store.append(texts[$0]) }
        let read = Parallel.map(texts.count) { index in slices[index].map { store.read($0, hash: FileDigest.xxh64(texts[index])) } }
        #expect(read == texts.map(Optional.some))
        #expect(!store.hasFailed)
    }

    @Test("A document that left its body in the file reads it again, and not a body changed since")
    func bodyLeftInFile() throws {
        let sandbox = try TemporaryDirectory(prefix: "zeche-body")
        let path = "Content/posts/halle.md"
        let file = sandbox.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = "---\ntitle: Neue Halle\n---\nDie *Halle* öffnet am [Montag](../termine.md).\n\n> Zitat\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let document = ContentDocument(path: path, text: text)
        let left = document.leavingBodyInFile(rootPath: sandbox.url.path)
        #expect(left.loadBody() == "Die *Halle* öffnet am [Montag](../termine.md).\n\n> Zitat\n")
        #expect(left.bodyHash == document.bodyHash)
        #expect(left.bodyStartLine == document.bodyStartLine)
        try text.replacingOccurrences(of: "Montag", with: "Dienstag").write(to: file, atomically: true, encoding: .utf8)
        #expect(left.loadBody() == nil)
        try FileManager.default.removeItem(at: file)
        #expect(left.loadBody() == nil)
    }

    @Test("An article body in the store reads its HTML and text, and keeps the hash it had in memory")
    func storedBody() throws {
        let store = try #require(BodyStore())
        let inMemory = ArticleBody(html: "<p>Glück auf!</p>\n", text: "Glück auf!")
        let stored = inMemory.stored(in: store)
        #expect(stored.html == "<p>Glück auf!</p>\n")
        #expect(stored.text == "Glück auf!")
        #expect(stored.hash == inMemory.hash)
        #expect(ArticleBody(html: "<p>Glück ab!</p>\n", text: "Glück ab!").hash != inMemory.hash)
        // The bytes, as the content cache copies them, without a string made of them.
        for body in [inMemory, stored] {
            var bytes: [UInt8] = [1, 2]
            body.appendHTML(to: &bytes)
            body.appendText(to: &bytes)
            #expect(bytes == [1, 2] + Array("<p>Glück auf!</p>\nGlück auf!".utf8))
        }
        #expect(!store.hasFailed)
    }

    static let outline = BodyOutline(
        headings: [HeadingInfo(level: 2, text: "Schacht „XII“ – Förderturm", id: "schacht-xii-foerderturm"), HeadingInfo(level: 3, text: "", id: "")],
        quotes: [Quote(text: "„Glück auf!“", attribution: "Ben Krause, Werkstattleiter")])

    @Test("An outline in the store reads back as it was, an empty one without bytes, and damaged bytes not at all")
    func storedOutline() throws {
        let store = try #require(BodyStore())
        for outline in [Self.outline, .empty, BodyOutline(headings: Self.outline.headings, quotes: [])] {
            let inMemory = ArticleBody(html: "<h2>…</h2>", text: "…", outline: outline)
            let stored = inMemory.stored(in: store)
            #expect(stored.slices(in: store) != nil)
            #expect(stored.outline == outline)
            #expect(stored.outlineHash == inMemory.outlineHash)
            #expect(stored.slices(in: store)?.outline.count == outline.encoded.count)
            var bytes: [UInt8] = []
            stored.appendOutline(to: &bytes)
            #expect(bytes == outline.encoded)
        }
        #expect(BodyOutline.empty.encoded.isEmpty)
        #expect(BodyOutline(decoding: []) == .empty)
        let bytes = Self.outline.encoded
        #expect(BodyOutline(decoding: Array(bytes.dropLast())) == nil)
        #expect(BodyOutline(decoding: bytes + [0]) == nil)
        #expect(!store.hasFailed)
    }

    @Test("An outline whose bytes in the store are not those hashed reads empty, and the store says it failed")
    func outlineOfAnotherHash() throws {
        let store = try #require(BodyStore())
        let bytes = Self.outline.encoded
        let slice = try #require(store.append(bytes: bytes))
        let wrongHash = ArticleBody(store: store, html: slice, text: slice, outline: slice, hash: 0, textHash: 0,
                                    outlineHash: bytes.withUnsafeBytes { FileDigest.xxh64($0) } ^ 1)
        #expect(wrongHash.outline == .empty)
        #expect(store.hasFailed)
    }

    /// A `.zeche-cache/` in a folder of its own, and the names of the files in it.
    struct CacheFolder {
        let sandbox: TemporaryDirectory
        var folder: URL { sandbox.url.appendingPathComponent(".zeche-cache") }

        init() throws { sandbox = try TemporaryDirectory(prefix: "zeche-part") }

        func names() throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)).subtracting([".gitignore"])
        }
    }

    @Test("A part of the content cache being made is sealed under its name, its articles after its bodies, and reads them as before")
    func partSealedWhereItsBodiesAre() throws {
        let cache = try CacheFolder()
        let (folder, names) = (cache.folder, cache.names)
        let store = try #require(BodyStore(part: 3, in: folder))
        #expect(store.isUnsealedPart)
        let body = ArticleBody(html: "<p>Schacht XII</p>\n", text: "Schacht XII").stored(in: store)
        #expect(body.slices(in: store) != nil)
        #expect(try names().allSatisfy { $0.contains(".tmp-") })
        var writer = CacheWriter()
        writer.write("the part's articles")
        let sealed = writer.takeSealed()
        #expect(store.seal(with: sealed, as: "content-0123abcd", in: folder) == nil)
        #expect(!store.isUnsealedPart)
        #expect(try names() == ["content-0123abcd"])
        let file = try #require(CacheFile.read(folder.appendingPathComponent("content-0123abcd").path))
        #expect(file == Array("<p>Schacht XII</p>\nSchacht XII".utf8) + sealed)
        #expect(body.html == "<p>Schacht XII</p>\n" && body.text == "Schacht XII")
        // Sealed, it takes no more bodies; a second seal is refused.
        #expect(store.append("<p>Zeche</p>") == nil)
        #expect(store.seal(with: sealed, as: "content-4567cdef", in: folder) != nil)
        #expect(try names() == ["content-0123abcd"])
        #expect(!store.hasFailed)
    }

    @Test("A part of the content cache that is not sealed leaves no file, and its bodies still read")
    func unsealedPartLeavesNoFile() throws {
        let cache = try CacheFolder()
        let (folder, names) = (cache.folder, cache.names)
        let given = try #require(BodyStore(part: 0, in: folder))
        let body = ArticleBody(html: "<p>Halle 5</p>\n", text: "Halle 5").stored(in: given)
        given.forgetName()
        #expect(try names().isEmpty && !given.isUnsealedPart)
        #expect(body.html == "<p>Halle 5</p>\n")
        do {
            let dropped = try #require(BodyStore(part: 1, in: folder))
            #expect(dropped.append("<p>Kokerei</p>") != nil)
            #expect(try names().count == 1)
        }
        #expect(try names().isEmpty)
    }

    @Test("Bytes read back from the store that are not those hashed are not appended, and the store says it failed")
    func bytesOfAnotherHash() throws {
        let store = try #require(BodyStore())
        let slice = try #require(store.append("<p>Schacht XII</p>"))
        var bytes: [UInt8] = [7]
        #expect(!store.read(slice, hash: FileDigest.xxh64("<p>Schacht XI</p>"), appendingTo: &bytes))
        #expect(bytes == [7] && store.hasFailed)
        #expect(store.read(slice, hash: FileDigest.xxh64("<p>Schacht XII</p>"), appendingTo: &bytes))
        #expect(bytes == [7] + Array("<p>Schacht XII</p>".utf8))
    }
}
