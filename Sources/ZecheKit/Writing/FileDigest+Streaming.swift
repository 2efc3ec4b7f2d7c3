extension FileDigest {
    /// XXH64 of bytes given in pieces, the same as `xxh64` of them all at once: a file written
    /// as it is made (the search index's state) is checksummed without being whole in memory.
    struct Streaming {
        private var lanes = startLanes
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
                pending.withUnsafeBytes { FileDigest.stripe(&lanes, $0, 0) }
                pending.removeAll(keepingCapacity: true)
            }
            while offset + 32 <= bytes.count {
                FileDigest.stripe(&lanes, bytes, offset)
                offset += 32
            }
            pending.append(contentsOf: bytes[offset...])
        }

        /// The hash of every byte given.
        func finish() -> UInt64 {
            // Short input: the one-shot function has no stripes to merge.
            guard count >= 32 else { return pending.withUnsafeBytes { xxh64($0) } }
            let hash = converged(lanes) &+ UInt64(count)
            return pending.withUnsafeBytes { tail in FileDigest.tail(hash, tail) }
        }
    }
}
