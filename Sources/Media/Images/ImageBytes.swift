/// The first bytes of an image file, read with bounds checks: every read past the end throws
/// ``ImageError/truncated(_:)``, so no header reader can index out of range, whatever offsets
/// a file claims. Offsets count from the first byte of the file.
struct ImageBytes {
    let storage: ArraySlice<UInt8>
    /// The format being read, named in the truncation error.
    let format: ImageFormat
    /// Whether these are all of the file's bytes, or only its first ones (then the end of the
    /// bytes is not the end of the file).
    let isWholeFile: Bool

    init(_ storage: ArraySlice<UInt8>, format: ImageFormat, isWholeFile: Bool) {
        self.storage = storage
        self.format = format
        self.isWholeFile = isWholeFile
    }

    var count: Int { storage.count }

    /// Whether `length` bytes from `offset` on are there. Safe for any offset a file claims.
    func contains(_ length: Int, at offset: Int) -> Bool {
        offset >= 0 && length >= 0 && length <= count && offset <= count - length
    }

    func byte(at offset: Int) throws(ImageError) -> UInt8 {
        guard contains(1, at: offset) else { throw .truncated(format) }
        return storage[storage.startIndex + offset]
    }

    /// The byte at `offset`, or `nil` past the end: for scans that stop at the end.
    func byteIfPresent(at offset: Int) -> UInt8? {
        contains(1, at: offset) ? storage[storage.startIndex + offset] : nil
    }

    func uint16BE(at offset: Int) throws(ImageError) -> Int {
        try unsignedInteger(at: offset, length: 2, bigEndian: true)
    }

    func uint16LE(at offset: Int) throws(ImageError) -> Int {
        try unsignedInteger(at: offset, length: 2, bigEndian: false)
    }

    func uint24LE(at offset: Int) throws(ImageError) -> Int {
        try unsignedInteger(at: offset, length: 3, bigEndian: false)
    }

    func uint32BE(at offset: Int) throws(ImageError) -> Int {
        try unsignedInteger(at: offset, length: 4, bigEndian: true)
    }

    func uint32LE(at offset: Int) throws(ImageError) -> Int {
        try unsignedInteger(at: offset, length: 4, bigEndian: false)
    }

    /// A 64-bit big-endian value; `nil` when it does not fit an `Int` (no file is that large).
    func uint64BE(at offset: Int) throws(ImageError) -> Int? {
        let high = try uint32BE(at: offset)
        let low = try uint32BE(at: offset + 4)
        guard high < 0x8000_0000 else { return nil }
        return high << 32 | low
    }

    /// Whether the ASCII text `expected` is at `offset`; `false` when the bytes end before.
    func hasASCII(_ expected: String, at offset: Int) -> Bool {
        let utf8 = expected.utf8
        guard contains(utf8.count, at: offset) else { return false }
        var index = storage.startIndex + offset
        for byte in utf8 {
            guard storage[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// Four bytes as text for messages ("IHDR", "CgBI"), with bytes outside printable ASCII as
    /// `?`; only bytes that are there.
    func fourCC(at offset: Int) -> String {
        var text = ""
        for position in offset..<(offset + 4) {
            guard let byte = byteIfPresent(at: position) else { break }
            text.append((0x20...0x7E).contains(byte) ? Character(Unicode.Scalar(byte)) : "?")
        }
        return text
    }

    /// The bytes of `range` as a new view, with offsets counting from its start.
    func slice(_ range: Range<Int>) -> ArraySlice<UInt8> {
        let lower = storage.startIndex + max(0, min(range.lowerBound, count))
        let upper = storage.startIndex + max(0, min(range.upperBound, count))
        return storage[lower..<max(lower, upper)]
    }

    private func unsignedInteger(at offset: Int, length: Int, bigEndian: Bool) throws(ImageError) -> Int {
        guard contains(length, at: offset) else { throw .truncated(format) }
        var value = 0
        let start = storage.startIndex + offset
        for step in 0..<length {
            let byte = Int(storage[start + (bigEndian ? step : length - 1 - step)])
            value = value << 8 | byte
        }
        return value
    }
}
