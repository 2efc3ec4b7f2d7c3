@testable import Search
import Testing
import TextCore

/// The indexer's table of the words it has seen finds each word by its bytes: words that share
/// their first eight bytes, differ in the last one or in length, and the empty word are told
/// apart, and every word keeps the term ids of its parts. With every hash the same, each lookup
/// must compare the words' bytes.
@Suite struct WordTableTests {
    @Test(arguments: [false, true])
    func findsEveryWordItHoldsAndNoOther(hashesCollide: Bool) {
        let hash: (UnsafeBufferPointer<UInt8>) -> UInt64 = hashesCollide ? { _ in 0x1234_5678_9ABC_DEF0 } : { ByteHash.of($0) }
        func find(_ table: WordTable, _ word: [UInt8]) -> WordTable.Entry? {
            word.withUnsafeBufferPointer { table.find($0, hash: hash($0)) }
        }
        var generator = SplitMix(seed: 17)
        // Long shared prefixes and small alphabets make near-identical keys.
        let prefixes: [[UInt8]] = [[], Array("sicherhe".utf8), Array("abcdefghabcdefgh".utf8)]
        var words: [[UInt8]] = [[]]
        for _ in 0..<(hashesCollide ? 300 : 3_000) {
            let prefix = prefixes[Int.random(in: 0..<prefixes.count, using: &generator)]
            let tail = (0..<Int.random(in: 0...19, using: &generator)).map { _ in UInt8.random(in: 97...99, using: &generator) }
            words.append(prefix + tail)
        }
        var table = WordTable()
        var held: [[UInt8]: (whole: Int32, parts: [Int32])] = [:]
        for (index, word) in words.enumerated() where index % 2 == 0 && held[word] == nil {
            let parts = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Int32.random(in: -1...1_000, using: &generator) }
            let whole = Int32(index)
            let entry = word.withUnsafeBufferPointer { table.insert($0, hash: hash($0), whole: whole, parts: parts) }
            #expect(entry.whole == whole)
            held[word] = (whole, parts)
        }
        for word in words {
            let entry = find(table, word)
            #expect(entry?.whole == held[word]?.whole, "\(String(decoding: word, as: UTF8.self))")
            if let entry, let expected = held[word] {
                #expect((0..<Int(entry.partCount)).map { table.part($0, of: entry) } == expected.parts)
            }
        }
    }
}
