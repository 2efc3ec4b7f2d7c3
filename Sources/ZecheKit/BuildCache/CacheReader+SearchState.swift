import Foundation
import Search

/// Reads what `CacheWriter+SearchState.swift` wrote.
extension CacheReader {
    /// The state file's snapshot, its lists left in the parts that `store` names.
    mutating func readSnapshot(folder: URL, stateName: String) throws(Damaged) -> SearchIndexState.Snapshot {
        let language = try readString()
        var numbers: [Int] = []
        for _ in 0..<5 { numbers.append(try readInt()) }
        let options = SearchIndexOptions(documentsPerChunk: numbers[0], textsPerChunk: numbers[1], shardSplitBytes: numbers[2],
                                         excerptLength: numbers[3], textLength: numbers[4])
        let count = try readCount()
        var marks: [DocumentMark] = []
        marks.reserveCapacity(count)
        for _ in 0..<count { marks.append(DocumentMark(key: try readUInt64(), fingerprint: try readUInt64())) }
        let termCount = try readCount()
        var terms: [String] = []
        var sizes: [Int] = []
        terms.reserveCapacity(termCount)
        sizes.reserveCapacity(termCount)
        for _ in 0..<termCount {
            terms.append(try readString())
            sizes.append(try readInt())
        }
        let parts = try readArray { reader throws(Damaged) in
            let (start, end, checksum) = (try reader.readInt(), try reader.readInt(), try reader.readUInt64())
            guard start >= 0, start < end else { throw Damaged() }
            return SearchStateParts.Part(terms: start..<end, checksum: checksum)
        }
        // The parts hold every term once, in order.
        guard parts.first.map({ $0.terms.lowerBound == 0 }) ?? (termCount == 0), parts.last.map({ $0.terms.upperBound == termCount }) ?? true,
              zip(parts, parts.dropFirst()).allSatisfy({ $0.terms.upperBound == $1.terms.lowerBound }) else { throw Damaged() }
        let hashes = try readTable { reader throws(Damaged) in try reader.readUInt64() }
        return SearchIndexState.Snapshot(language: language, options: options, marks: marks, terms: terms, encodedSizes: sizes,
                                         store: SearchStateParts(folder: folder, stateName: stateName, parts: parts), hashes: hashes)
    }
}
