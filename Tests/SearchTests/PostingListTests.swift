@testable import Search
import Testing

/// `PostingList` keeps its postings as one array of bytes: what it reads back, after appends,
/// merges and edits, is what was put in.
@Suite struct PostingListTests {
    typealias Entry = (document: Int32, mask: UInt8, positions: [Int32])

    static func entries(of list: PostingList) -> [Entry] {
        list.map { ($0.document, $0.mask, Array($0.positions)) }
    }

    static func list(of entries: [Entry]) -> PostingList {
        var list = PostingList()
        for entry in entries { list.append(document: entry.document, mask: entry.mask, positions: entry.positions) }
        return list
    }

    static func same(_ list: PostingList, _ entries: [Entry]) -> Bool {
        let read = Self.entries(of: list)
        return list.count == entries.count && list.lastDocument == (entries.last?.document ?? -1) && read.count == entries.count
            && zip(read, entries).allSatisfy { $0.document == $1.document && $0.mask == $1.mask && $0.positions == $1.positions }
    }

    /// Random postings with documents that grow by gaps of up to `maxGap`, and positions with
    /// differences that take one to three bytes.
    static func randomEntries(count: Int, maxGap: Int32, using generator: inout some RandomNumberGenerator) -> [Entry] {
        var document: Int32 = -1
        return (0..<count).map { _ in
            document += Int32.random(in: 1...maxGap, using: &generator)
            var position: Int32 = 0
            let positions = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                let largest = [Int32(1), 100, 10_000, 2_000_000][Int.random(in: 0...3, using: &generator)]
                position += Int32.random(in: 1...largest, using: &generator)
                return position
            }
            return (document, UInt8.random(in: 1...31, using: &generator), positions)
        }
    }

    @Test func readsBackWhatWasAppendedAndMerged() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<50 {
            let entries = Self.randomEntries(count: Int.random(in: 0...40, using: &generator), maxGap: 300, using: &generator)
            #expect(Self.same(Self.list(of: entries), entries))
            // Merged as the indexer's worker tables are: the second run starts at any document,
            // the first one's documents included.
            let cut = Int.random(in: 0...entries.count, using: &generator)
            var merged = Self.list(of: Array(entries[..<cut]))
            merged.append(contentsOf: Self.list(of: Array(entries[cut...])))
            #expect(Self.same(merged, entries))
            #expect(merged.bytes == Self.list(of: entries).bytes)
        }
    }

    /// The index writer's passes over a list (`forEachDocument`, `forEachPositionNumber`) read
    /// what the postings hold, without decoding them into `Posting`s.
    @Test func fastPassesReadWhatThePostingsHold() {
        var generator = SplitMix(seed: 13)
        for _ in 0..<100 {
            let entries = Self.randomEntries(count: Int.random(in: 0...40, using: &generator), maxGap: 70_000, using: &generator)
            let list = Self.list(of: entries)
            var documents: [(Int32, UInt8)] = []
            list.forEachDocument { documents.append(($0, $1)) }
            #expect(documents.map(\.0) == entries.map(\.document))
            #expect(documents.map(\.1) == entries.map(\.mask))
            var numbers: [UInt32] = []
            list.forEachPositionNumber { numbers.append($0) }
            let expected = entries.flatMap { entry in
                [UInt32(entry.positions.count)] + zip(entry.positions, [0] + entry.positions).map { UInt32($0 - $1) }
            }
            #expect(numbers == expected)
        }
    }

    @Test func editsGiveTheListMadeOfTheEditedPostings() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<300 {
            var entries = Self.randomEntries(count: Int.random(in: 0...12, using: &generator), maxGap: 4, using: &generator)
            var list = Self.list(of: entries)
            for _ in 0..<6 {
                let document = Int32.random(in: 0...60, using: &generator)
                if let index = entries.firstIndex(where: { $0.document == document }) {
                    #expect(list.posting(of: document).map { $0.mask == entries[index].mask && Array($0.positions) == entries[index].positions } == true)
                    entries.remove(at: index)
                    list.remove(document: document)
                } else {
                    #expect(list.posting(of: document) == nil)
                    let entry: Entry = (document, UInt8.random(in: 1...31, using: &generator), [Int32.random(in: 0...300, using: &generator)])
                    entries.insert(entry, at: entries.firstIndex { $0.document > document } ?? entries.endIndex)
                    list.insert(document: entry.document, mask: entry.mask, positions: entry.positions)
                }
                #expect(Self.same(list, entries))
                #expect(list.bytes == Self.list(of: entries).bytes)
            }
        }
    }
}
