@testable import Search
import Synchronization
import Testing

/// A state taken apart (`SearchIndexState.Snapshot`, what `zeche build` keeps on disk) and put
/// together again updates to the bytes `build` makes, knowing the texts by their identities
/// alone; a snapshot that does not hold together is refused, never trusted.
@Suite struct IndexSnapshotTests {
    /// `documents` with their texts known by a hash of their bytes, as a build gives them;
    /// `reads` counts the texts read.
    static func identified(_ documents: [SearchDocument], reads: ReadCounter? = nil) -> [SearchDocument] {
        documents.map { document in
            var document = document
            let text = document.bodyText
            document.body = SearchText(reading: {
                reads?.count()
                return text
            }, identity: hash(text))
            return document
        }
    }

    static let fileHash: SearchIndexState.FileHash = { SearchIndex.fnv1a($0) }

    static func hash(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBytes { SearchIndex.fnv1a($0) }
    }

    /// A state made as a build makes it (written once, then taken apart and put together).
    static func kept(_ documents: [SearchDocument]) throws -> (state: SearchIndexState, served: [String: [UInt8]]) {
        let served = ServedFiles()
        let made = SearchIndex.write(documents: documents, language: "de", keeping: Self.fileHash) { served.put($0) }
        let snapshot = try #require(made.state?.snapshot())
        let restored = SearchIndexState(restoring: snapshot, fileHash: Self.fileHash)
        let state = try #require(restored)
        return (state, served.files)
    }

    @Test func aRestoredStateUpdatesToTheBytesOfABuildReadingOnlyTheChangedTexts() throws {
        var documents = Self.identified(ArticleGenerator(count: 120).documents())
        var (state, served) = try Self.kept(documents)
        #expect(served == IndexUpdateTests.built(documents))
        #expect(state.paths == served.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })

        // Nothing changed: nothing is analysed, nothing written.
        let unchanged = SearchIndex.update(&state, documents: documents, language: "de")
        #expect(unchanged.files.isEmpty && unchanged.analysed == 0)

        // One text changes: it alone is analysed, and the few files it touches are written.
        let reads = ReadCounter()
        var edited = ArticleGenerator(count: 120).documents()
        edited[33].bodyText += " Quokkaschutz Förderturm"
        documents = Self.identified(edited, reads: reads)
        let (restored, _) = try Self.kept(Self.identified(ArticleGenerator(count: 120).documents()))
        state = restored
        let update = SearchIndex.update(&state, documents: documents, language: "de")
        IndexUpdateTests.apply(update, to: &served)
        #expect(served == IndexUpdateTests.built(edited))
        #expect(update.analysed == 1)
        #expect(!update.files.isEmpty && update.files.count < 12, "\(update.files.map(\.path))")
        // The edited text is read to be analysed, and the texts of its record and text chunks
        // (32 and 4 documents) to be written: not the archive's.
        #expect(reads.value <= 40, "\(reads.value) texts read")

        // The state after the update is kept and restored again, and takes a title's change.
        let snapshot = try #require(state.snapshot())
        // A snapshot knows each document by its mark alone, none by its text.
        #expect(snapshot.marks.count == 120 && Set(snapshot.marks).count == 120)
        let restoredAgain = SearchIndexState(restoring: snapshot, fileHash: Self.fileHash)
        state = try #require(restoredAgain)
        edited[7].title = "Zeppelin über dem Revier"
        let title = SearchIndex.update(&state, documents: Self.identified(edited), language: "de")
        IndexUpdateTests.apply(title, to: &served)
        #expect(served == IndexUpdateTests.built(edited))
        #expect(title.analysed == 1)
    }

    @Test func documentsWithoutIdentitiesAreComparedByTheirTexts() throws {
        let documents = Self.identified(ArticleGenerator(count: 40).documents())
        var (state, served) = try Self.kept(documents)
        // Texts without identities never equal kept ones: every document is analysed again.
        let plain = ArticleGenerator(count: 40).documents()
        let update = SearchIndex.update(&state, documents: plain, language: "de")
        IndexUpdateTests.apply(update, to: &served)
        #expect(served == IndexUpdateTests.built(plain))
        #expect(update.analysed == plain.count && update.files.isEmpty)
        // And a state of such documents cannot be kept: nothing would tell their texts apart.
        #expect(state.snapshot() == nil)
    }

    @Test func aSnapshotThatDoesNotHoldTogetherIsRefused() throws {
        let documents = Self.identified(ArticleGenerator(count: 30).documents())
        let made = SearchIndex.write(documents: documents, language: "de", keeping: Self.fileHash) { _ in }
        let snapshot = try #require(made.state?.snapshot())
        let restore = { (snapshot: SearchIndexState.Snapshot) in SearchIndexState(restoring: snapshot, fileHash: Self.fileHash) }
        #expect(restore(snapshot) != nil)

        var beyond = snapshot
        var list = PostingList()
        list.append(document: 30, mask: 1, positions: [4])
        beyond.lists[0] = list.bytes
        #expect(restore(beyond) == nil, "a posting of a document the index does not have")

        var cut = snapshot
        let longest = try #require(cut.lists.indices.max { cut.lists[$0].count < cut.lists[$1].count })
        cut.lists[longest].removeLast()
        #expect(restore(cut) == nil, "a list cut in the middle of a number")

        var twice = snapshot
        twice.terms[1] = twice.terms[0]
        #expect(restore(twice) == nil, "a term twice")

        var short = snapshot
        short.encodedSizes.removeLast()
        #expect(restore(short) == nil, "a term without the size of its filed list")

        var sized = snapshot
        let filed = try #require(sized.encoded.indices.first { !sized.encoded[$0].isEmpty })
        sized.encodedSizes[filed] += 1
        #expect(restore(sized) == nil, "a filed list of another size than the one recorded")

        var backwards = snapshot
        var reversed = PostingList()
        reversed.append(document: 5, mask: 1, positions: [9, 3])
        backwards.lists[0] = reversed.bytes
        #expect(restore(backwards) == nil, "positions that go backwards")
    }
}

/// Counts the texts read, from any thread.
final class ReadCounter: Sendable {
    private let reads = Mutex(0)

    func count() { reads.withLock { $0 += 1 } }
    var value: Int { reads.withLock { $0 } }
}

/// The files an index hands over, from any thread.
final class ServedFiles: Sendable {
    private let served = Mutex<[String: [UInt8]]>([:])

    func put(_ file: SearchIndexFile) { served.withLock { $0[file.path] = file.bytes } }
    var files: [String: [UInt8]] { served.withLock { $0 } }
}
