import Foundation
import Search
import Synchronization
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// `.zeche-cache/search-<language>` lets a warm build update the search index instead of
/// making it anew: only the changed articles are analysed, and the output equals a cold
/// build's. Whatever happened to the file (missing, cut short, changed, another format,
/// another site, left by another build), the index is made anew, with a note that says why.
@Suite struct SearchStateFileTests {
    typealias Sandbox = BuildCacheTests.Sandbox

    /// The German index's state of the sample newsroom (German and English).
    static func stateFile(_ sandbox: Sandbox) -> URL { sandbox.root.appendingPathComponent(".zeche-cache/search-de") }

    /// The parts of the German state (`search-de.<checksum>`), by name.
    static func parts(_ sandbox: Sandbox) throws -> [URL] {
        let folder = sandbox.root.appendingPathComponent(".zeche-cache")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("search-de.") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    /// Changes one German article's text, so that the next build must bring the index to it.
    static func editArticle(_ sandbox: Sandbox, word: String = "Quokkaschutz") throws {
        try ContentCacheFileTests.append("\n\nEin neues Wort: \(word).\n", to: ContentCacheFileTests.article, in: sandbox)
    }

    /// A build after an edit that makes the index anew, says why, and equals a cold build;
    /// the build after it updates the state it wrote.
    static func expectIndexMadeAnew(_ sandbox: Sandbox, note: String) throws {
        try editArticle(sandbox)
        let result = sandbox.build()
        #expect(result.succeeded, "\(result.diagnostics)")
        #expect(result.notes.contains { $0.contains("not using the search index state") && $0.contains(note) }, "\(result.notes)")
        #expect(result.analysedSearchDocuments > 2, "\(result.analysedSearchDocuments)")
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
        try editArticle(sandbox, word: "Zeppelinhafen")
        let next = sandbox.build()
        #expect(next.succeeded && next.notes.isEmpty && next.analysedSearchDocuments == 1, "\(next.notes)")
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    /// Documents whose texts are known by their hash, as a build gives them.
    static func documents(editing edited: Int? = nil) -> [SearchDocument] {
        (0..<60).map { number in
            let text = "Der Förderturm \(number) steht im Revier. Datenschutz und Schutz der Daten." + (number == edited ? " Quokkaschutz" : "")
            return SearchDocument(id: "artikel-\(number)", url: "/artikel/\(number)/", title: "Meldung \(number)", summary: "",
                                  tags: ["Digitalisierung"], date: "2025-0\(number % 9 + 1)-1\(number % 10)",
                                  body: SearchText(reading: { text }, identity: FileDigest.xxh64(text)))
        }
    }

    @Test("A state written and read back, then updated, gives the bytes SearchIndex.build gives")
    func stateRoundTrip() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-search-state")
        let file = SearchStateFile(buildCache: BuildCache(siteRoot: folder.url, toolIdentity: "test"), siteRoot: folder.url, language: "de")
        let served = Mutex<[String: [UInt8]]>([:])
        var state = SearchIndex.write(documents: Self.documents(), language: "de", keeping: SearchStateFile.fileHash) { file in
            served.withLock { $0[file.path] = file.bytes }
        }.state
        let checksum = try file.save(&state).get()
        #expect(state == nil, "the state is taken")
        var loaded = try file.load(checksum: checksum).get()
        let edited = Self.documents(editing: 17)
        let update = SearchIndex.update(&loaded, documents: edited, language: "de")
        #expect(update.analysed == 1 && !update.files.isEmpty)
        var files = served.withLock { $0 }
        for written in update.files { files[written.path] = written.bytes }
        files = files.filter { update.paths.contains($0.key) }
        let built = Dictionary(uniqueKeysWithValues: SearchIndex.build(documents: edited, language: "de").map { ($0.path, $0.bytes) })
        #expect(files == built)
        // Another checksum is another build's state.
        #expect(throws: SearchStateFile.Problem.self) { try file.load(checksum: checksum ^ 1).get() }
    }

    @Test("After an article's text changes, the index is updated from the kept state: that article alone is analysed")
    func updatedFromState() throws {
        let sandbox = try Sandbox()
        let cold = sandbox.build()
        #expect(cold.succeeded && cold.analysedSearchDocuments > 2)
        #expect(FileManager.default.fileExists(atPath: Self.stateFile(sandbox).path))
        #expect(FileManager.default.fileExists(atPath: sandbox.root.appendingPathComponent(".zeche-cache/search-en").path))
        try Self.editArticle(sandbox)
        let warm = try ContentCacheFileTests.expectWarm(sandbox)
        #expect(warm.analysedSearchDocuments == 1)
        // Its earlier postings come from the article as the last build had it (its draft and
        // body are in the content cache), not from a pass over the state's lists.
        #expect(warm.searchUpdatesByEarlierDocuments == 1)
        // Nothing changed: the index is kept without reading the state.
        let unchanged = try ContentCacheFileTests.expectWarm(sandbox)
        #expect(unchanged.analysedSearchDocuments == 0 && unchanged.searchUpdatesByEarlierDocuments == 0)
        // Its title changed: the same, from its earlier draft.
        let url = sandbox.root.appendingPathComponent(ContentCacheFileTests.article)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Q.One nutzt Cloudlösung", with: "title: Q.One nutzt die Cloudlösung")
            .write(to: url, atomically: false, encoding: .utf8)
        let retitled = try ContentCacheFileTests.expectWarm(sandbox)
        #expect(retitled.analysedSearchDocuments == 1 && retitled.searchUpdatesByEarlierDocuments == 1)
        // Its tags changed: a field the earlier document does not take from the draft (tags are
        // named site-wide), so the pass finds the earlier postings; the output is the same.
        let retitledText = try String(contentsOf: url, encoding: .utf8)
        try retitledText.replacingOccurrences(of: "tags: [Cloud, Digitalisierung]", with: "tags: [Cloud, Digitalisierung, Speicher]")
            .write(to: url, atomically: false, encoding: .utf8)
        let retagged = try ContentCacheFileTests.expectWarm(sandbox)
        #expect(retagged.analysedSearchDocuments == 1 && retagged.searchUpdatesByEarlierDocuments == 0)
    }

    @Test("A warm build that fails after its plan (a link to no page) leaves the last good state: the build after the fix updates it")
    func failedBuildKeepsTheState() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let url = sandbox.root.appendingPathComponent(ContentCacheFileTests.article)
        let original = try String(contentsOf: url, encoding: .utf8)
        // The index starts beside the plan; the link check after the plan fails the build.
        try (original + "\n\nEin neues Wort: Quokkaschutz. [Wegweiser](/gibt-es-nicht/)\n").write(to: url, atomically: false, encoding: .utf8)
        let failed = sandbox.build()
        #expect(!failed.succeeded)
        #expect(failed.diagnostics.contains { $0.message.contains("points to no page of the site") }, "\(failed.diagnostics)")
        try (original + "\n\nEin neues Wort: Quokkaschutz.\n").write(to: url, atomically: false, encoding: .utf8)
        let fixed = try ContentCacheFileTests.expectWarm(sandbox)
        #expect(fixed.analysedSearchDocuments == 1)
    }

    @Test("A state cut short makes the index anew and says so")
    func truncatedState() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let bytes = try Data(contentsOf: Self.stateFile(sandbox))
        try bytes.prefix(bytes.count / 2).write(to: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "damaged")
    }

    @Test("A state with one byte changed makes the index anew and says so")
    func changedState() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: Self.stateFile(sandbox)))
        bytes[bytes.count / 2] ^= 0x20
        try Data(bytes).write(to: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "damaged")
    }

    @Test("A state of another format version makes the index anew and says so")
    func otherFormatVersion() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: Self.stateFile(sandbox))).dropLast(16).map { $0 }
        // After the magic line (its length, then its bytes) comes the format version.
        bytes[8 + Int(bytes[0])] = 99
        try Data(BuildCacheTests.sealed(bytes)).write(to: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "format version 99")
    }

    @Test("A state written by another version of Zeche makes the index anew and says so")
    func otherZecheVersion() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        var bytes = [UInt8](try Data(contentsOf: Self.stateFile(sandbox))).dropLast(16).map { $0 }
        // After the magic line and the format version comes the program's identity, `test`.
        let tool = 8 + Int(bytes[0]) + 8 + 8
        #expect(bytes[tool..<(tool + 4)].elementsEqual("test".utf8))
        bytes[tool + 3] = UInt8(ascii: "x")
        try Data(BuildCacheTests.sealed(bytes)).write(to: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "another version of Zeche (tesx, this is test)")
    }

    @Test("A missing state makes the index anew and says so")
    func missingState() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        try FileManager.default.removeItem(at: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "there is no search index state")
    }

    @Test("A state copied from another site makes the index anew and says so")
    func otherSite() throws {
        let sandbox = try Sandbox()
        let other = try Sandbox()
        #expect(sandbox.build().succeeded && other.build().succeeded)
        try FileManager.default.removeItem(at: Self.stateFile(sandbox))
        try FileManager.default.copyItem(at: Self.stateFile(other), to: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "belongs to another site")
    }

    @Test("Turning search off removes the languages' states; turning it on again makes the index anew")
    func searchTurnedOff() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let english = sandbox.root.appendingPathComponent(".zeche-cache/search-en")
        #expect(FileManager.default.fileExists(atPath: Self.stateFile(sandbox).path))
        #expect(FileManager.default.fileExists(atPath: english.path))
        let config = sandbox.root.appendingPathComponent("site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try (text + "search: false\n").write(to: config, atomically: true, encoding: .utf8)
        #expect(sandbox.build().succeeded)
        #expect(!FileManager.default.fileExists(atPath: Self.stateFile(sandbox).path))
        #expect(!FileManager.default.fileExists(atPath: english.path))
        try text.write(to: config, atomically: true, encoding: .utf8)
        let again = sandbox.build()
        #expect(again.succeeded && again.analysedSearchDocuments > 2, "\(again.analysedSearchDocuments)")
        #expect(FileManager.default.fileExists(atPath: Self.stateFile(sandbox).path))
        #expect(OutputTree.differences(OutputTree.read(sandbox.output.url), expected: try sandbox.coldTree()) == [])
    }

    @Test("A state that is not the one the last build wrote (left by a build that failed after writing it) is not used")
    func stateOfAnotherBuild() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let older = try Data(contentsOf: Self.stateFile(sandbox))
        try Self.editArticle(sandbox, word: "Zwischenstand")
        #expect(sandbox.build().succeeded)
        #expect(try Data(contentsOf: Self.stateFile(sandbox)) != older)
        try older.write(to: Self.stateFile(sandbox))
        try Self.expectIndexMadeAnew(sandbox, note: "does not belong to the last build")
    }

    @Test("An update writes only the parts of the state whose lists changed, and removes those it no longer names")
    func onlyChangedPartsWritten() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-search-parts")
        var file = SearchStateFile(buildCache: BuildCache(siteRoot: folder.url, toolIdentity: "test"), siteRoot: folder.url, language: "de")
        file.partBytes = 256
        let parts = { try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(".zeche-cache").path)
            .filter { $0.hasPrefix("search-de.") }.sorted() }
        var state = SearchIndex.write(documents: Self.documents(), language: "de", keeping: SearchStateFile.fileHash) { _ in }.state
        var checksum = try file.save(&state).get()
        let before = try parts()
        #expect(before.count > 4)
        var loaded = try file.load(checksum: checksum).get()
        let edited = Self.documents(editing: 17)
        _ = SearchIndex.update(&loaded, documents: edited, language: "de")
        state = loaded
        checksum = try file.save(&state).get()
        let after = try parts()
        // The new word's lists are in new parts; the parts of untouched terms are the same files.
        let kept = Set(after).intersection(before)
        #expect(kept.count >= before.count - 3 && after.count > kept.count, "\(before) → \(after)")
        // And the state of kept and new parts updates to the bytes of a build again.
        var again = try file.load(checksum: checksum).get()
        let twice = Self.documents(editing: 17).map { document in
            var document = document
            if document.id == "artikel-40" { document.title = "Zeppelin über dem Revier" }
            return document
        }
        let served = Mutex<[String: [UInt8]]>([:])
        _ = SearchIndex.write(documents: edited, language: "de") { file in served.withLock { $0[file.path] = file.bytes } }
        var files = served.withLock { $0 }
        let update = SearchIndex.update(&again, documents: twice, language: "de")
        for written in update.files { files[written.path] = written.bytes }
        #expect(update.analysed == 1)
        let built = Dictionary(uniqueKeysWithValues: SearchIndex.build(documents: twice, language: "de").map { ($0.path, $0.bytes) })
        #expect(files.filter { update.paths.contains($0.key) } == built)
    }

    @Test("A part of the state cut short makes the index anew and says so")
    func truncatedPart() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let part = try #require(try Self.parts(sandbox).last)
        let bytes = try Data(contentsOf: part)
        try bytes.prefix(bytes.count - 9).write(to: part)
        try Self.expectIndexMadeAnew(sandbox, note: "a part of it is missing")
    }

    @Test("A part of the state with one byte changed makes the index anew and says so")
    func changedPart() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let part = try #require(try Self.parts(sandbox).first)
        var bytes = [UInt8](try Data(contentsOf: part))
        bytes[bytes.count / 3] ^= 0x04
        try Data(bytes).write(to: part)
        try Self.expectIndexMadeAnew(sandbox, note: "damaged (cut short, changed")
    }

    @Test("A part of the state that is missing makes the index anew and says so")
    func missingPart() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let parts = try Self.parts(sandbox)
        try FileManager.default.removeItem(at: parts[parts.count / 2])
        try Self.expectIndexMadeAnew(sandbox, note: "a part of it is missing")
    }

    @Test("A part of the state that another build wrote, under the name of this one's, makes the index anew and says so")
    func partOfAnotherBuild() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.build().succeeded)
        let older = try Self.parts(sandbox)
        let olderBytes = try older.map { try Data(contentsOf: $0) }
        try Self.editArticle(sandbox, word: "Zwischenstand")
        #expect(sandbox.build().succeeded)
        let newer = try #require(try Self.parts(sandbox).first { !older.contains($0) })
        // A whole, sealed part, of the same state file's name, but not the one the state names.
        let other = try #require(olderBytes.first { $0 != (try? Data(contentsOf: newer)) })
        try other.write(to: newer)
        try Self.expectIndexMadeAnew(sandbox, note: "a part of it is missing")
    }
}
