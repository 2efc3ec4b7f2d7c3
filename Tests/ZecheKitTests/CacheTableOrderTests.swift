import Testing
@testable import ZecheKit

/// A table of a cache file is written in an order its keys alone decide (`CacheWriter.stableOrder`):
/// the same table gives the same bytes, however its dictionary came to hold the keys, and it
/// reads back whole.
@Suite struct CacheTableOrderTests {
    static let paths = (0..<3_000).map { "2026/\($0 % 12 + 1)/artikel-\($0)/index.html" } + ["", "a", "é", "tags/ü/index.html"]

    static func bytes(of table: [String: Int]) -> [UInt8] {
        var writer = CacheWriter()
        writer.write(table) { $0.write($1) }
        return writer.bytes
    }

    @Test("A table's bytes do not depend on the order its keys came in")
    func sameBytes() throws {
        let forward = Dictionary(uniqueKeysWithValues: Self.paths.enumerated().map { ($1, $0) })
        var backward: [String: Int] = [:]
        backward.reserveCapacity(20_000)
        for (index, path) in Self.paths.enumerated().reversed() { backward[path] = index }
        #expect(Array(forward.keys) != Array(backward.keys))
        #expect(Self.bytes(of: forward) == Self.bytes(of: backward))
        var reader = CacheReader(unsealed: Self.bytes(of: forward))
        #expect(try reader.readTable { reader throws(CacheReader.Damaged) in try reader.readInt() } == forward)
    }

    @Test("The order is by the keys' hashes, then by their bytes, and holds every key once")
    func order() {
        let keys = Self.paths.shuffled()
        let order = CacheWriter.stableOrder(of: keys)
        #expect(order.sorted() == Array(keys.indices))
        let hashes = order.map { StableHasher.fnv1a(keys[$0].utf8) }
        for (first, second) in zip(order, order.dropFirst()) {
            let (left, right) = (StableHasher.fnv1a(keys[first].utf8), StableHasher.fnv1a(keys[second].utf8))
            #expect(left < right || left == right && keys[first].utf8.lexicographicallyPrecedes(keys[second].utf8))
        }
        #expect(hashes == hashes.sorted())
    }
}
