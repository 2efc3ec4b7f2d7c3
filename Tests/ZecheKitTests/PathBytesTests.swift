import Foundation
import Testing
import TextCore
@testable import ZecheKit
import ZecheTestSupport

/// The content stage looks at file names, paths and link destinations on bytes where that is
/// safe, and by characters where it is not: on any text, the answers are those of the
/// character-by-character ways they replace, also for marks that join a `/` or a `:` to the
/// character beside it.
@Suite struct PathBytesTests {
    /// Pieces that random paths and links are made of: ASCII, letters of other scripts,
    /// combining marks, an Arabic sign that joins the next character, CR LF, emoji.
    static let pieces = ["a", "Z", "7", "/", ":", ".", "-", "+", "md", ".md", ".MarkDown", "index", "é", "e\u{301}", "\u{301}",
                         "\u{0600}", "\r\n", "🏭", "ß", " ", "#", "?", "%20", "//", "http", "mailto"]

    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            (0..<random.int(0...8)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined()
        }
    }

    @Test("A file's stem and folder are those of its last '/' character, and an index file is one whose stem is 'index'")
    func stemAndFolder() {
        for path in Self.randomTexts(count: 20_000, seed: 22) + ["", "/", "a/", "/index.md", "Content/posts/a.md", "x/\u{301}b.md", "x\u{0600}/b.md"] {
            let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
            let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
            #expect(MarkdownFileName.folder(of: path) == folder, "\(path.unicodeScalars.map(\.value))")
            var stem = name
            if MarkdownFileName.isMarkdown(name), let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) { stem = String(name.utf8[..<dot]) ?? name }
            #expect(MarkdownFileName.stem(of: path) == stem, "\(path.unicodeScalars.map(\.value))")
            let isIndex = path.contains("/") && MarkdownFileName.isMarkdown(path) && MarkdownFileName.stem(of: path) == "index"
            #expect(MarkdownFileName.isIndex(path) == isIndex, "\(path.unicodeScalars.map(\.value))")
        }
        #expect(MarkdownFileName.isIndex("Content/posts/werkstatt/index.md") && MarkdownFileName.isIndex("a/INDEX.md") == false)
        #expect(!MarkdownFileName.isIndex("index.md") && !MarkdownFileName.isIndex("a/index.md/b") && !MarkdownFileName.isIndex("a/index"))
        #expect(MarkdownFileName.stem(of: "Content/posts/2026-11-24-a.MarkDown") == "2026-11-24-a")
        #expect(MarkdownFileName.stem(of: "Content/posts/bild.jpg") == "bild.jpg")
    }

    @Test("A link has a scheme exactly when its characters say so")
    func schemes() {
        for text in Self.randomTexts(count: 20_000, seed: 23) + ["https://example.com", "mailto:a@b.de", "a:", ":", "1a:", "e\u{301}:x", "a:\u{301}"] {
            #expect(LinkTargets.hasScheme(text) == LinkTargets.hasSchemeByCharacters(text), "\(text.unicodeScalars.map(\.value))")
        }
        #expect(LinkTargets.hasScheme("https://example.com") && !LinkTargets.hasScheme("bild.jpg"))
    }

    @Test("A link's target resolves its '.' and '..' on bytes as by characters")
    func normalizing() {
        for path in Self.randomTexts(count: 20_000, seed: 25) + ["Content/posts/../images/a.jpg", "../a", "a/./b/", "./", "a//b", "/a", "",
                                                                  "a/..", "a/../", "Content/posts/x/\u{301}../b", ".\u{301}./a"] {
            let expected = PathSegments.resolved(path).map { $0.joined(separator: "/") + (path.hasSuffix("/") && !$0.isEmpty ? "/" : "") }
            #expect(LinkTargets.normalize(path) == expected, "\(path.unicodeScalars.map(\.value))")
        }
        #expect(LinkTargets.normalize("Content/posts/../images/a.jpg") == "Content/images/a.jpg")
        #expect(LinkTargets.normalize("Content/../../a") == nil)
    }

    @Test("An article's folder under Content/ is read on bytes as by characters")
    func articleFolders() {
        for path in Self.randomTexts(count: 20_000, seed: 26).map({ "Content/" + $0 }) + Self.randomTexts(count: 2_000, seed: 27)
            + ["Content/posts/a.md", "Content/pressemitteilungen/x/index.md", "Content", "Content/", "Content//posts/a.md",
               "Content/\u{301}x/a.md", "Content/po/\u{301}a.md", "Content/po\u{0600}/a.md", "/Content/posts"] {
            let file = ContentInventory.ArticleFile(path: path, isBundle: false, bundleFiles: [])
            #expect(SiteAssembly.folder(of: file) == file.folder, "\(path.unicodeScalars.map(\.value))")
        }
    }

    @Test("Texts sort by their UTF-8 bytes")
    func byteOrder() {
        let texts = Self.randomTexts(count: 2_000, seed: 24)
        for (first, second) in zip(texts, texts.dropFirst() + texts.prefix(1)) {
            #expect(first.precedesInUTF8(second) == first.utf8.lexicographicallyPrecedes(second.utf8))
            #expect(!first.precedesInUTF8(first))
        }
    }

    @Test("A list of texts sorted by its UTF-8 bytes is in the order of the bytes, also where the first 16 bytes are alike")
    func sortByBytes() {
        let edges = ["", "a", "a\u{0}", "a\u{0}b", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnoo", "abcdefghijklmnop\u{0}",
                     "2018-05-02-potenzial", "2018-05-02-potenzia", "2018-05-02-potenzial-2", "é", "e\u{301}", "\u{FFFF}", "🏭"]
        let texts = Self.randomTexts(count: 5_000, seed: 28) + edges + edges + Self.randomTexts(count: 500, seed: 28)
        var sorted = texts
        sorted.sortByUTF8()
        let expected = texts.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(sorted.map { Array($0.utf8) } == expected)
    }
}
