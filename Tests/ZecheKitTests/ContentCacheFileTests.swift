import Foundation
import Testing
import ZecheKit
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.zeche-cache/content` lets a warm build skip reading, parsing and rendering the content
/// files that did not change, and is safe: whatever happened to it (cut short, changed,
/// another format, another version of Zeche, copied from another site, not a cache at all),
/// the next build reads every file, says why, and writes exactly what a cold build writes.
@Suite struct ContentCacheFileTests {
    typealias Sandbox = BuildCacheTests.Sandbox

    static func contentFile(_ sandbox: Sandbox) -> URL { sandbox.root.appendingPathComponent(".zeche-cache/content") }

    static let article = "Content/posts/2026-09-02-q-one-nutzt-cloudloesung-von-amazon-web-services.md"
    static let translation = "Content/posts/2026-11-24-austausch-zu-den-chancen-der-digitalisierung/index.en.md"

    /// Appends `text` to the file at `path` in the site.
    static func append(_ text: String, to path: String, in sandbox: Sandbox) throws {
        let url = sandbox.root.appendingPathComponent(path)
        try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: false, encoding: .utf8)
    }

    /// A build that uses the cache and equals a cold one.
    static func expectWarm(_ sandbox: Sandbox) throws -> BuildResult {
        let result = sandbox.build()
        #expect(result.succeeded && result.notes.isEmpty, "\(result.diagnostics) \(result.notes)")
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
        return result
    }

    /// A build that does not use the content cache, says why, and equals a cold one.
    static func expectColdContent(_ sandbox: Sandbox, note: String, tool: String = "test") throws {
        let result = sandbox.build(tool: tool)
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.notes.contains { $0.contains("not using the content cache") && $0.contains(note) }, "\(result.notes)")
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
        // The next build uses the cache written anew.
        let next = sandbox.build(tool: tool)
        #expect(next.succeeded && next.notes.isEmpty, "\(next.notes)")
    }

    @Test("A build writes the content cache; a build with nothing changed does not write it again")
    func writtenOnce() throws {
        let sandbox = try Sandbox()
        let cold = sandbox.build()
        #expect(cold.succeeded && cold.notes.isEmpty, "\(cold.notes)")
        let file = Self.contentFile(sandbox)
        let first = try FileManager.default.attributesOfItem(atPath: file.path)
        _ = try Self.expectWarm(sandbox)
        let second = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(first[.systemFileNumber] as? Int == second[.systemFileNumber] as? Int)
    }

    @Test("A cold build leaves its bodies in the parts it writes: every part is named by its checksum, no temporary file is left, and a warm build reads them")
    func coldBuildSealsItsParts() throws {
        let sandbox = try Sandbox()
        let cold = sandbox.build()
        #expect(cold.succeeded && cold.notes.isEmpty, "\(cold.notes)")
        let folder = sandbox.root.appendingPathComponent(".zeche-cache")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
        let parts = names.filter { $0.hasPrefix("content-") }
        // At most 16 for the sample site's articles (empty parts share one file).
        #expect(!parts.isEmpty && parts.count <= 16, "\(parts)")
        for part in parts {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(part)))
            let checksum = String(UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self) }), radix: 16)
            #expect(part == "content-" + checksum)
        }
        let warm = try Self.expectWarm(sandbox)
        #expect(warm.renderedPages == 0)
    }

    @Test("An unchanged file is not read again: a rewrite that keeps its size, time and inode goes unseen")
    func unchangedFilesAreNotRead() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let url = sandbox.root.appendingPathComponent(Self.article)
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        let text = try String(contentsOf: url, encoding: .utf8)
        let index = try #require(text.range(of: "Amazon Web Services", options: .backwards))
        let changed = text.replacingCharacters(in: index, with: "Amazon Web Servicex")
        // Written in place (the same inode) with the old modification time.
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(changed.utf8))
        try handle.close()
        #if canImport(Darwin)
        var times = [info.st_atimespec, info.st_mtimespec]
        #else
        var times = [info.st_atim, info.st_mtim]
        #endif
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        let result = sandbox.build()
        #expect(result.succeeded && result.notes.isEmpty, "\(result.notes)")
        #expect(result.renderedPages == 0)
        let pages = OutputTree.read(sandbox.output.url).values.map { String(decoding: $0, as: UTF8.self) }
        #expect(!pages.contains { $0.contains("Servicex") })
    }

    @Test("After an edit of an article's text, of a translation's, or of front matter, a warm build equals a cold one")
    func editsEqualCold() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try Self.append("\nEin Satz mehr.\n", to: Self.article, in: sandbox)
        #expect(try Self.expectWarm(sandbox).renderedPages > 0)
        try Self.append("\nOne more sentence.\n", to: Self.translation, in: sandbox)
        #expect(try Self.expectWarm(sandbox).renderedPages > 0)
        let url = sandbox.root.appendingPathComponent(Self.article)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "tags: [Cloud, Digitalisierung]", with: "tags: [Cloud, Digitalisierung, Neu]")
            .write(to: url, atomically: true, encoding: .utf8)
        _ = try Self.expectWarm(sandbox)
        // An article added, linked from another one, and removed again.
        let added = sandbox.root.appendingPathComponent("Content/posts/2026-11-30-neu.md")
        try "---\ntitle: Neu\ndate: 2026-11-30T10:00:00\nauthor: redaktion\n---\nEin neuer Text.\n".write(to: added, atomically: true, encoding: .utf8)
        try Self.append("\nSiehe [die neue Meldung](2026-11-30-neu.md).\n", to: Self.article, in: sandbox)
        _ = try Self.expectWarm(sandbox)
        try text.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: added)
        _ = try Self.expectWarm(sandbox)
    }

    @Test("A body the cache kept is rendered again from its unchanged file when the article it links to moves")
    func linkTargetMoves() throws {
        let sandbox = try Sandbox()
        try Self.append("\nSiehe auch [Meilenstein 3](2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md).\n", to: Self.article,
                        in: sandbox)
        #expect(sandbox.build().succeeded)
        // The link's target moves from /2026/10/… to /2026/09/…; the linking file stays as it is.
        let target = sandbox.root.appendingPathComponent("Content/posts/2026-10-15-produktentwicklung-meilenstein-3-ist-geschafft.md")
        try String(contentsOf: target, encoding: .utf8).replacingOccurrences(of: "date: 2026-10-15T09:00:00", with: "date: 2026-09-15T09:00:00")
            .write(to: target, atomically: true, encoding: .utf8)
        _ = try Self.expectWarm(sandbox)
        let pages = OutputTree.read(sandbox.output.url).filter { $0.key.hasPrefix("2026/09/q-one-nutzt") && $0.key.hasSuffix("index.html") }
        #expect(pages.count == 1 && pages.values.allSatisfy { String(decoding: $0, as: UTF8.self).contains("/2026/09/produktentwicklung-meilenstein-3") })
        // And once more from the cache written after it.
        _ = try Self.expectWarm(sandbox)
    }

    @Test("A content cache cut short gives a cold content stage that says so")
    func truncated() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let bytes = try Data(contentsOf: Self.contentFile(sandbox))
        try bytes.prefix(bytes.count / 2).write(to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "damaged")
    }

    @Test("A content cache with one byte changed gives a cold content stage that says so")
    func changedByte() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: Self.contentFile(sandbox)))
        bytes[bytes.count / 3] ^= 0x01
        try Data(bytes).write(to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "damaged")
    }

    @Test("A content cache of another format version gives a cold content stage that says so")
    func otherFormatVersion() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: Self.contentFile(sandbox))).dropLast(16).map { $0 }
        bytes[8 + Int(bytes[0])] = 99
        try Data(BuildCacheTests.sealed(bytes)).write(to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "format version 99")
    }

    @Test("A content cache of another version of Zeche gives a cold content stage that says so")
    func otherZecheVersion() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build(tool: "zeche 0.9.0").succeeded)
        try Self.expectColdContent(sandbox, note: "another version of Zeche", tool: "zeche 0.9.1")
    }

    @Test("A content cache copied from another site gives a cold content stage that says so")
    func anotherSite() throws {
        let other = try Sandbox()
        #expect(other.build().succeeded)
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try FileManager.default.removeItem(at: Self.contentFile(sandbox))
        try FileManager.default.copyItem(at: Self.contentFile(other), to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "another site")
    }

    @Test("Garbage, or a file of the right length and checksum that is no content cache, gives a cold content stage")
    func garbage() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try Data("not a cache at all".utf8).write(to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "damaged")
        var random = SeededRandom(seed: 22)
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }
        try Data(BuildCacheTests.sealed(noise)).write(to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "content cache")
        // A sealed file whose tables are cut short after a valid header.
        let valid = [UInt8](try Data(contentsOf: Self.contentFile(sandbox))).dropLast(16)
        try Data(BuildCacheTests.sealed(Array(valid.prefix(valid.count * 2 / 3)))).write(to: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "damaged")
    }

    @Test("A part of the content cache missing or changed gives a cold content stage that says so; an edit rewrites one part")
    func parts() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let folder = sandbox.root.appendingPathComponent(".zeche-cache")
        func partNames() throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("content-") })
        }
        let before = try partNames()
        try Self.append("\nEin Satz mehr.\n", to: Self.article, in: sandbox)
        _ = try Self.expectWarm(sandbox)
        let after = try partNames()
        #expect(before.count == after.count && before.subtracting(after).count == 1, "\(before) → \(after)")
        let part = try #require(after.sorted().first)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(part))
        try Self.expectColdContent(sandbox, note: "a part of it is missing")
        // A byte of what every build reads of a part: its articles, between the bodies and the trailer.
        let sizes = try partNames().map { ($0, try Data(contentsOf: folder.appendingPathComponent($0)).count) }
        let other = try #require(sizes.max { $0.1 < $1.1 }?.0)
        var bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(other)))
        let heap = Self.heapCount(of: bytes)
        #expect(bytes.count - 16 > heap)
        bytes[(heap + bytes.count - 16) / 2] ^= 0x01
        try Data(bytes).write(to: folder.appendingPathComponent(other))
        try Self.expectColdContent(sandbox, note: "damaged")
    }

    /// The size of the bodies' HTML and text at the start of a part (`CacheWriter.takeSealedAfterHeap`).
    static func heapCount(of part: [UInt8]) -> Int {
        let length = part.suffix(16).prefix(8).reversed().reduce(0) { $0 << 8 | Int($1) }
        return part.count - 16 - length
    }

    @Test("A body changed in a part of the content cache is found when a page needs it, and the build starts again without the cache")
    func changedBody() throws {
        try Self.expectChangeFoundByPages { _, folder in
            var changed = 0
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("content-") {
                var bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
                let heap = Self.heapCount(of: bytes)
                guard heap > 0 else { continue }
                bytes[heap / 2] ^= 0x01
                try Data(bytes).write(to: folder.appendingPathComponent(name))
                changed += 1
            }
            return changed
        }
    }

    /// Builds the sample site, lets `change` change bytes of the content cache's parts that only
    /// pages read (in the site and its `.zeche-cache/`; it returns how many places it changed),
    /// and expects a build that needs none of them to keep the pages and read nothing, and one
    /// that renders every article page again (its template changed) to find the change and
    /// build without the cache.
    static func expectChangeFoundByPages(_ change: (Sandbox, URL) throws -> Int) throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        #expect(try change(sandbox, sandbox.root.appendingPathComponent(".zeche-cache")) > 0)
        _ = try expectWarm(sandbox)
        let template = sandbox.root.appendingPathComponent("Templates/article.mustache")
        try (String(contentsOf: template, encoding: .utf8) + "{{! changed }}\n").write(to: template, atomically: false, encoding: .utf8)
        try expectColdContent(sandbox, note: "is not the one it names")
    }

    @Test("A missing content cache beside the build cache gives a cold content stage that says so")
    func missing() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try FileManager.default.removeItem(at: Self.contentFile(sandbox))
        try Self.expectColdContent(sandbox, note: "there is no content cache")
    }

    @Test("Other options or another site.yml make the content stage cold without a note of its own")
    func optionsAndConfig() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let drafts = sandbox.build(drafts: true)
        #expect(drafts.succeeded && !drafts.notes.contains { $0.contains("content cache") }, "\(drafts.notes)")
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree(drafts: true)) == [])
        let back = sandbox.build()
        #expect(back.succeeded && !back.notes.contains { $0.contains("content cache") }, "\(back.notes)")
        try Self.append("\n# edited\n", to: "site.yml", in: sandbox)
        _ = try Self.expectWarm(sandbox)
    }
}
