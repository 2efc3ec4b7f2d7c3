#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads what `CacheWriter` wrote. Every read checks the bounds: a damaged file ends the
/// reading with `CacheReader.Damaged`, never a crash.
struct CacheReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0
    private let end: Int
    /// The size of the heap before the sealed bytes in their file (`CacheWriter.takeSealedAfterHeap`).
    private var heapCount = 0
    /// The last path read (`readPath`): an article's file, its document and the locations of
    /// its fields name the same path one after the other.
    private var lastPath = ""

    /// A reader of `bytes` when their length and checksum are those `CacheWriter.takeSealed`
    /// added; `nil` for a file cut short or changed.
    static func verified(_ bytes: [UInt8]) -> CacheReader? { verified(bytes, count: bytes.count) }

    /// A reader of the first `count` of `bytes` (a buffer reused from file to file), verified
    /// as `verified(_:)` does.
    static func verified(_ bytes: [UInt8], count: Int) -> CacheReader? {
        guard count >= 16, count <= bytes.count else { return nil }
        let end = count - 16
        var trailer = CacheReader(bytes: bytes, offset: end, end: count)
        guard let length = try? trailer.readInt(), let checksum = try? trailer.readUInt64(), length == end,
              bytes.withUnsafeBytes({ FileDigest.xxh64(UnsafeRawBufferPointer(rebasing: $0[..<end])) }) == checksum
        else { return nil }
        return CacheReader(bytes: bytes, offset: 0, end: end)
    }

    /// A reader of the sealed bytes at the end of a file whose heap (`CacheWriter.writePlaced`)
    /// is `heapCount` bytes before them, verified as `verified(_:)` does.
    static func verified(_ bytes: [UInt8], count: Int, afterHeapOf heapCount: Int) -> CacheReader? {
        guard heapCount >= 0, var reader = verified(bytes, count: count) else { return nil }
        reader.heapCount = heapCount
        return reader
    }

    /// A reader of bytes checked some other way: an outline read from a body store, whose
    /// hash the store compared (`BodyOutline.init(decoding:)`).
    init(unsealed bytes: [UInt8]) {
        self.init(bytes: bytes, offset: 0, end: bytes.count)
    }

    private init(bytes: [UInt8], offset: Int, end: Int) {
        self.bytes = bytes
        self.offset = offset
        self.end = end
    }

    mutating func readUInt64() throws(Damaged) -> UInt64 {
        guard end - offset >= 8 else { throw Damaged() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func readInt() throws(Damaged) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try readUInt64())) }

    mutating func readBool() throws(Damaged) -> Bool {
        guard offset < end else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] != 0
    }

    /// A count of entries still to come: never more than the bytes left could hold.
    mutating func readCount() throws(Damaged) -> Int {
        let count = try readInt()
        guard count >= 0, count <= end - offset else { throw Damaged() }
        return count
    }

    mutating func readString() throws(Damaged) -> String {
        let count = try readCount()
        let start = offset
        offset += count
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<(start + count)]), as: UTF8.self) }
    }

    /// A string as `readString` reads it, for a path: when its bytes are those of the last path
    /// read, that string itself, so that the dozen places of a cached article that name its file
    /// share one string instead of allocating one each (memory a warm build would touch anew).
    mutating func readPath() throws(Damaged) -> String {
        let count = try readCount()
        let start = offset
        offset += count
        return bytes.withUnsafeBufferPointer { buffer in
            let read = UnsafeBufferPointer(rebasing: buffer[start..<(start + count)])
            if !Self.hasBytes(read, lastPath) { lastPath = String(decoding: read, as: UTF8.self) }
            return lastPath
        }
    }

    /// A string as `readString` reads it, but when its bytes are those of a string of `known`,
    /// that string itself; `next` is where to look first, and is moved past the string found.
    /// A body's link destinations are written in the same order in its resolutions, its links,
    /// its images and its site links: a string each took 40 MB of a warm build at 100,000
    /// articles.
    mutating func readString(sharingWith known: [String], next: inout Int) throws(Damaged) -> String {
        let count = try readCount()
        let start = offset
        offset += count
        return bytes.withUnsafeBufferPointer { buffer in
            let read = UnsafeBufferPointer(rebasing: buffer[start..<(start + count)])
            // Where the writer kept the order, the first candidate is the one; else a body's
            // few links are all looked at.
            for step in known.indices {
                let index = (next + step) % known.count
                guard Self.hasBytes(read, known[index]) else { continue }
                next = index + 1
                return known[index]
            }
            return String(decoding: read, as: UTF8.self)
        }
    }

    /// Whether `string`'s UTF-8 is `bytes`; compared with `memcmp`: `elementsEqual` went byte by
    /// byte through a generic iterator, a twentieth of a warm build's reading of the cache.
    private static func hasBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ string: String) -> Bool {
        string.utf8.count == bytes.count && string.utf8.withContiguousStorageIfAvailable { stored in
            bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } == true
    }

    /// Bytes as `CacheWriter.write(bytes:)` wrote them.
    mutating func readBytes() throws(Damaged) -> [UInt8] {
        let count = try readCount()
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    /// Where the next string is in the bytes (the file's offsets, for a reader of a whole
    /// file), without decoding it.
    mutating func readStringPlace() throws(Damaged) -> BodyStore.Slice {
        let count = try readCount()
        defer { offset += count }
        return BodyStore.Slice(offset: offset, count: count)
    }

    /// Where a text of the heap is in the file (`CacheWriter.writePlaced`), without reading it.
    mutating func readHeapPlace() throws(Damaged) -> BodyStore.Slice {
        let start = try readInt()
        let count = try readInt()
        guard start >= 0, count >= 0, count <= heapCount - start else { throw Damaged() }
        return BodyStore.Slice(offset: start, count: count)
    }

    mutating func readOptional<Value>(_ value: (inout CacheReader) throws(Damaged) -> Value) throws(Damaged) -> Value? {
        try readBool() ? try value(&self) : nil
    }

    mutating func readOptionalString() throws(Damaged) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readArray<Element>(_ element: (inout CacheReader) throws(Damaged) -> Element) throws(Damaged) -> [Element] {
        let count = try readCount()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try element(&self)) }
        return elements
    }

    mutating func readStrings() throws(Damaged) -> [String] {
        try readArray { reader throws(Damaged) in try reader.readString() }
    }

    mutating func readSignature() throws(Damaged) -> FileSignature {
        FileSignature(size: Int64(bitPattern: try readUInt64()), modifiedSeconds: try readInt(),
                      modifiedNanoseconds: try readInt(), inode: try readUInt64())
    }

    mutating func readTable<Value>(_ value: (inout CacheReader) throws(Damaged) -> Value) throws(Damaged) -> [String: Value] {
        let count = try readCount()
        // Reserving room for none still gives an empty table storage of its own: an article
        // without params took 168 bytes for it.
        guard count > 0 else { return [:] }
        var table: [String: Value] = [:]
        table.reserveCapacity(count)
        for _ in 0..<count {
            let key = try readString()
            table[key] = try value(&self)
        }
        return table
    }

    /// A reader of the next `length` bytes, which this one skips.
    mutating func split(length: Int) throws(Damaged) -> CacheReader {
        guard length >= 0, length <= end - offset else { throw Damaged() }
        defer { offset += length }
        return CacheReader(bytes: bytes, offset: offset, end: offset + length)
    }

    var isAtEnd: Bool { offset == end }

    /// Lends the bytes read from (the whole buffer, as `readStringPlace` counts its offsets).
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer(body)
    }
}
