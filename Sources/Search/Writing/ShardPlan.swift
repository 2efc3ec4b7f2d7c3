/// Cuts the sorted terms into shards by their first letters: `di` holds every term that
/// starts with `di`, so a query for `digitalis` downloads that shard only.
///
/// A shard whose term file would be larger than the split size is cut again by the next
/// letter (`dia`, `dig`, …), as deep as needed; terms no longer than the key stay in the key's
/// own shard. A term belongs to the shard with the longest key that is a prefix of it.
struct ShardPlan {
    struct Shard {
        /// The first letters (Unicode scalars) its terms share.
        let key: String
        /// Positions in the sorted term list.
        let terms: Range<Int>
    }

    let shards: [Shard]

    /// `sortedTerms` in their index order, `sizes[i]` the bytes term `i` adds to its shard.
    init(sortedTerms: [String], sizes: [Int], splitBytes: Int) {
        var shards: [Shard] = []
        let scalars = sortedTerms.map { Array($0.unicodeScalars) }
        func key(_ index: Int, _ length: Int) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[index].prefix(length))
            return String(text)
        }
        func plan(_ range: Range<Int>, keyLength: Int) {
            var start = range.lowerBound
            while start < range.upperBound {
                let groupKey = key(start, keyLength)
                var end = start + 1
                while end < range.upperBound, scalars[end].count >= keyLength,
                      scalars[end].prefix(keyLength).elementsEqual(scalars[start].prefix(keyLength)) {
                    end += 1
                }
                let size = sizes[start..<end].reduce(0, +)
                // Terms equal to the key sort first in the group; they stay in the key's shard.
                var rest = start
                while rest < end, scalars[rest].count <= keyLength { rest += 1 }
                if size <= splitBytes || rest == start && end - start == 1 || keyLength >= 24 {
                    shards.append(Shard(key: groupKey, terms: start..<end))
                } else {
                    if rest > start { shards.append(Shard(key: groupKey, terms: start..<rest)) }
                    plan(rest..<end, keyLength: keyLength + 1)
                }
                start = end
            }
        }
        plan(0..<sortedTerms.count, keyLength: 2)
        self.shards = shards
    }

    /// The shard's file name: its key with every byte outside `a`–`z` and `0`–`9` written as
    /// `_` and two hex digits (`_c3_a9`), so that any script gives a safe, portable name.
    static func fileName(for key: String) -> String {
        var name = ""
        for byte in key.utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                name.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                name += "_" + String(byte >> 4, radix: 16) + String(byte & 15, radix: 16)
            }
        }
        return name
    }
}
