/// The terms of each distinct word the indexer has seen, found by the word's bytes without
/// making a `String` per lookup: an open-addressing hash table over a byte arena.
///
/// A newsroom archive repeats its words so often (a few ten thousand distinct words in
/// millions) that this lookup, not the analysis, is the indexer's inner loop.
struct WordTable {
    struct Entry {
        /// The term id of the joined word, or -1 for a stop word or a too-short term.
        var whole: Int32
        /// For a hyphenated word, each part's term id or -1; empty otherwise.
        var parts: [Int32]
    }

    /// Per slot: 0 when empty, else the hash's upper 32 bits and the entry's index + 1, so that
    /// a probe reads one array until the key itself must be compared.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    private var keyStarts: [Int] = []
    private var keyBytes: [UInt8] = []
    private(set) var entries: [Entry] = []

    /// The entry of `key`, or `nil`.
    func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let value = slots[slot]
            if value >> 32 == hash >> 32, case let entry = Int(value & 0xFFFF_FFFF) - 1, matches(entry, key) {
                return entries[entry]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, entry: Entry) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        keyStarts.append(keyBytes.count)
        keyBytes.append(contentsOf: key)
        entries.append(entry)
        place(entries.count - 1)
    }

    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[entry]
        let end = entry + 1 < keyStarts.count ? keyStarts[entry + 1] : keyBytes.count
        guard end - start == key.count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            (0..<key.count).allSatisfy { stored[start + $0] == key[$0] }
        }
    }

    private mutating func place(_ entry: Int) {
        let hash = hashes[entry]
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(entry + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        for entry in entries.indices { place(entry) }
    }
}
