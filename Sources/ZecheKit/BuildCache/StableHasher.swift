/// A hasher whose results are the same in every process, for what is kept on disk from one run
/// to the next: the build cache's signatures. Swift's `Hasher` is seeded anew in every process,
/// so its values cannot be compared across runs. Not cryptographic: it only has to change when
/// its input does.
///
/// It takes a length-prefixed encoding eight bytes at a time (`mix`); byte by byte, as FNV-1a
/// does, it was a tenth of a warm build's CPU time at 10,000 articles (docs/performance.md).
///
/// In `ZecheKit`, its only user, not in `TextCore`: a generic `combine` declared `package` in
/// another module is neither inlined nor specialized where it is called, and went through
/// witness tables and a lookup of each `Optional` and `Array` type's metadata at every call.
struct StableHasher: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    mutating func combine(bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        guard offset < bytes.count else { return }
        // The last one to seven bytes, as the low bytes of a word (the length told how many).
        var last: UInt64 = 0
        for index in offset..<bytes.count { last |= UInt64(bytes[index]) << UInt64(8 * (index - offset)) }
        mix(last)
    }

    /// Takes in one word: the state xor the word, through two rounds of a multiplication by an
    /// odd number and a shifted xor. Each step is a bijection, so inputs that differ in one word
    /// never give the same state, and the rounds spread every bit of a word over the state.
    private mutating func mix(_ word: UInt64) {
        var hash = (state ^ word) &* 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 31
        hash = hash &* 0x94d0_49bb_1331_11eb
        state = hash ^ (hash >> 29)
    }

    /// 64-bit FNV-1a of `bytes`, continued from `state` (by default the offset basis, a fresh
    /// hash): `ContentHash` (asset URLs, entity tags) and the order of a cache's tables, whose
    /// values are in the output or in files of a fixed format.
    static func fnv1a(_ bytes: some Sequence<UInt8>, from state: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = state
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    mutating func combine(_ value: UInt64) {
        mix(value)
    }

    mutating func combine(_ value: some StableHashable) {
        value.stableHash(into: &self)
    }

    /// `nil` and a value are told apart, as are `[a, b]` and `[ab]`.
    mutating func combine(_ value: (some StableHashable)?) {
        guard let value else { return combine(UInt64(0)) }
        combine(UInt64(1))
        value.stableHash(into: &self)
    }

    mutating func combine(_ values: [some StableHashable]) {
        combine(UInt64(values.count))
        for value in values { value.stableHash(into: &self) }
    }

    /// A dictionary in the order of its keys.
    mutating func combine(_ values: [String: some StableHashable]) {
        combine(UInt64(values.count))
        for key in values.keys.sorted() {
            combine(key)
            combine(values[key])
        }
    }

    func finalize() -> UInt64 { state }

    /// The result as an `Int`, as the signatures are kept.
    func finalizeInt() -> Int { Int(bitPattern: UInt(state)) }
}

/// A value that feeds the same bytes to a `StableHasher` in every process.
protocol StableHashable {
    func stableHash(into hasher: inout StableHasher)
}

extension String: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        var copy = self
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension Int: StableHashable {
    func stableHash(into hasher: inout StableHasher) { hasher.combine(UInt64(bitPattern: Int64(self))) }
}

extension Int64: StableHashable {
    func stableHash(into hasher: inout StableHasher) { hasher.combine(UInt64(bitPattern: self)) }
}

extension UInt64: StableHashable {
    func stableHash(into hasher: inout StableHasher) { hasher.combine(self) }
}

extension Bool: StableHashable {
    func stableHash(into hasher: inout StableHasher) { hasher.combine(UInt64(self ? 1 : 0)) }
}
