/// Taking in a list's bytes from a kept index (`SearchIndexState.Snapshot`): the file they
/// come from has a checksum, but whatever they hold must not make the index crash or loop.
extension PostingList {
    /// The list of `bytes` when they are postings as `append` writes them, of documents below
    /// `documentCount` in ascending order, with masks below 32 and ascending positions of at
    /// most `Int32.max`; otherwise `nil`.
    init?(checking bytes: [UInt8], documentCount: Int) {
        var count = 0
        var previous: Int64 = -1
        let valid = bytes.withUnsafeBufferPointer { buffer -> Bool in
            var index = 0
            // A number of at most five seven-bit groups that ends inside the bytes.
            func next() -> UInt64? {
                var value: UInt64 = 0
                var shift: UInt64 = 0
                while index < buffer.count, shift < 35 {
                    let byte = buffer[index]
                    index += 1
                    value |= UInt64(byte & 0x7F) << shift
                    if byte < 0x80 { return value }
                    shift += 7
                }
                return nil
            }
            while index < buffer.count {
                guard let delta = next(), let mask = next(), let positionCount = next() else { return false }
                let document = previous + Int64(delta) + 1
                guard document < documentCount, mask < 32, positionCount <= buffer.count - index else { return false }
                var position: UInt64 = 0
                for _ in 0..<positionCount {
                    guard let step = next() else { return false }
                    position += step
                    guard position <= UInt64(Int32.max) else { return false }
                }
                previous = document
                count += 1
            }
            return true
        }
        guard valid else { return nil }
        self.init(count: count, lastDocument: Int32(previous), bytes: bytes)
    }
}
