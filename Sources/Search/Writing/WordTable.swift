/// The terms of each distinct word the indexer has seen, found by the word's bytes without
/// making a `String` per lookup: an open-addressing hash table over a byte arena.
///
/// A newsroom archive repeats its words so often (a few ten thousand distinct words in
/// millions) that this lookup, not the analysis, is the indexer's inner loop.
struct WordTable {
    /// A plain value, copied without reference counting: the indexer looks one up per word.
    struct Entry {
        /// The term id of the joined word, or -1 for a stop word or a too-short term.
        var whole: Int32
        /// For a hyphenated word, where its parts' term ids start in the table (`part(_:of:)`)
        /// and how many there are; 0 parts otherwise.
        var partStart: Int32
        var partCount: Int32
    }

    /// Per slot: 0 when empty, else the hash's upper 32 bits and the entry's index + 1, so that
    /// a probe reads one array until the key itself must be compared.
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    private var keyStarts: [Int] = []
    private var keyBytes: [UInt8] = []
    private(set) var entries: [Entry] = []
    /// The term id (or -1) of each part of every hyphenated word, one run per word.
    private var partTerms: [Int32] = []

    /// The term id of part `index` of `entry`'s word, or -1 for a stop word or a too-short term.
    func part(_ index: Int, of entry: Entry) -> Int32 {
        partTerms[Int(entry.partStart) + index]
    }

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

    /// Adds `key`'s entry: the term id of its joined word and of each of its parts; returns it.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, whole: Int32, parts: [Int32]) -> Entry {
        let entry = Entry(whole: whole, partStart: Int32(partTerms.count), partCount: Int32(parts.count))
        partTerms += parts
        if (entries.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        keyStarts.append(keyBytes.count)
        keyBytes.append(contentsOf: key)
        entries.append(entry)
        place(entries.count - 1)
        return entry
    }

    private func matches(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[entry]
        let end = entry + 1 < keyStarts.count ? keyStarts[entry + 1] : keyBytes.count
        guard end - start == key.count else { return false }
        guard let keyBase = UnsafeRawPointer(key.baseAddress) else { return true }
        // Eight bytes at a time: a word is a few of them, and `memcmp` is a call.
        return keyBytes.withUnsafeBytes { stored in
            let storedBase = stored.baseAddress! + start
            var index = 0
            while index + 8 <= key.count {
                guard storedBase.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                        == keyBase.loadUnaligned(fromByteOffset: index, as: UInt64.self) else { return false }
                index += 8
            }
            while index < key.count {
                guard storedBase.load(fromByteOffset: index, as: UInt8.self) == keyBase.load(fromByteOffset: index, as: UInt8.self) else { return false }
                index += 1
            }
            return true
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
