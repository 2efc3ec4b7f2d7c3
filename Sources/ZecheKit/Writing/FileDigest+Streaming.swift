extension FileDigest {
    /// XXH64 of bytes given in pieces, the same as `xxh64` of them all at once: a file written
    /// as it is made (the search index's state) is checksummed without being whole in memory.
    struct Streaming {
        private var lanes = (prime1 &+ prime2, prime2, UInt64(0), 0 &- prime1)
        /// The bytes of the last, unfinished stripe of 32.
        private var pending: [UInt8] = []
        private var count = 0

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            count += bytes.count
            var offset = 0
            if !pending.isEmpty {
                let taken = min(32 - pending.count, bytes.count)
                pending.append(contentsOf: bytes[0..<taken])
                offset = taken
                guard pending.count == 32 else { return }
                pending.withUnsafeBytes { stripe(of: $0, at: 0) }
                pending.removeAll(keepingCapacity: true)
            }
            while offset + 32 <= bytes.count {
                stripe(of: bytes, at: offset)
                offset += 32
            }
            pending.append(contentsOf: bytes[offset...])
        }

        private mutating func stripe(of bytes: UnsafeRawBufferPointer, at offset: Int) {
            lanes.0 = round(lanes.0, word64(bytes, offset))
            lanes.1 = round(lanes.1, word64(bytes, offset + 8))
            lanes.2 = round(lanes.2, word64(bytes, offset + 16))
            lanes.3 = round(lanes.3, word64(bytes, offset + 24))
        }

        /// The hash of every byte given.
        func finish() -> UInt64 {
            // Short input: the one-shot function has no stripes to merge.
            guard count >= 32 else { return pending.withUnsafeBytes { xxh64($0) } }
            var hash = rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
            hash = merge(hash, lanes.0)
            hash = merge(hash, lanes.1)
            hash = merge(hash, lanes.2)
            hash = merge(hash, lanes.3)
            hash &+= UInt64(count)
            return pending.withUnsafeBytes { tail in FileDigest.tail(hash, tail) }
        }
    }
}
