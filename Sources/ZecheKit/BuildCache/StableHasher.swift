/// A hasher whose results are the same in every process (64-bit FNV-1a over a length-prefixed
/// encoding), for what is kept on disk from one run to the next: the build cache's signatures.
/// Swift's `Hasher` is seeded anew in every process, so its values cannot be compared across
/// runs. Not cryptographic: it only has to change when its input does.
///
/// In `ZecheKit`, its only user, not in `TextCore`: a generic `combine` declared `package` in
/// another module is neither inlined nor specialized where it is called, and went through
/// witness tables and a lookup of each `Optional` and `Array` type's metadata at every call.
struct StableHasher: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    mutating func combine(bytes: UnsafeRawBufferPointer) {
        combine(UInt64(bytes.count))
        state = Self.fnv1a(bytes, from: state)
    }

    /// 64-bit FNV-1a of `bytes`, continued from `state` (by default the offset basis, a fresh
    /// hash): the one loop behind this hasher and `ContentHash` (asset URLs, entity tags).
    static func fnv1a(_ bytes: some Sequence<UInt8>, from state: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = state
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    mutating func combine(_ value: UInt64) {
        var hash = state
        var rest = value
        for _ in 0..<8 {
            hash = (hash ^ (rest & 0xff)) &* 0x0000_0100_0000_01B3
            rest >>= 8
        }
        state = hash
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
