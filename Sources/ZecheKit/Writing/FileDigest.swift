/// XXH64 of a file's bytes: how the output manifest tells whether a rendered file equals the
/// one already published. Not cryptographic; with the size beside it, two different files
/// of one path compare equal with a chance of about 2⁻⁶⁴. Chosen over `ContentHash.fnv1a`
/// because it reads eight bytes at a time: every file of a cold build passes through it.
package enum FileDigest {
    static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
    static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

    /// XXH64 of a text's UTF-8 bytes.
    static func xxh64(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { xxh64(UnsafeRawBufferPointer($0)) }
    }

    /// XXH64 with seed 0, as the reference implementation computes it.
    package static func xxh64(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        var offset = 0
        var hash: UInt64
        if count >= 32 {
            var lanes = startLanes
            while offset + 32 <= count {
                stripe(&lanes, bytes, offset)
                offset += 32
            }
            hash = converged(lanes)
        } else {
            hash = prime5
        }
        hash &+= UInt64(count)
        return tail(hash, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
    }

    /// The four accumulators before the first stripe of 32 bytes.
    static let startLanes = (prime1 &+ prime2, prime2, UInt64(0), 0 &- prime1)

    /// Takes the 32 bytes at `offset` into the four accumulators.
    @inline(__always)
    static func stripe(_ lanes: inout (UInt64, UInt64, UInt64, UInt64), _ bytes: UnsafeRawBufferPointer, _ offset: Int) {
        lanes.0 = round(lanes.0, word64(bytes, offset))
        lanes.1 = round(lanes.1, word64(bytes, offset + 8))
        lanes.2 = round(lanes.2, word64(bytes, offset + 16))
        lanes.3 = round(lanes.3, word64(bytes, offset + 24))
    }

    /// The hash the four accumulators of an input of 32 bytes or more come to.
    static func converged(_ lanes: (UInt64, UInt64, UInt64, UInt64)) -> UInt64 {
        var hash = rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
        hash = merge(hash, lanes.0)
        hash = merge(hash, lanes.1)
        hash = merge(hash, lanes.2)
        return merge(hash, lanes.3)
    }

    /// The hash after its stripes of 32 bytes, with the last bytes (fewer than 32) taken in
    /// and the final mixing.
    static func tail(_ start: UInt64, _ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = start
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            hash ^= round(0, word64(bytes, offset))
            hash = rotate(hash, 27) &* prime1 &+ prime4
            offset += 8
        }
        if offset + 4 <= count {
            hash ^= UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) &* prime1
            hash = rotate(hash, 23) &* prime2 &+ prime3
            offset += 4
        }
        while offset < count {
            hash ^= UInt64(bytes[offset]) &* prime5
            hash = rotate(hash, 11) &* prime1
            offset += 1
        }
        hash ^= hash >> 33
        hash &*= prime2
        hash ^= hash >> 29
        hash &*= prime3
        hash ^= hash >> 32
        return hash
    }

    @inline(__always)
    static func word64(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    @inline(__always)
    static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    @inline(__always)
    static func round(_ accumulator: UInt64, _ input: UInt64) -> UInt64 {
        rotate(accumulator &+ input &* prime2, 31) &* prime1
    }

    @inline(__always)
    static func merge(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
        (hash ^ round(0, lane)) &* prime1 &+ prime4
    }
}
