/// Writes the caches' binary format: little-endian integers, strings as a length and their
/// UTF-8 bytes. Read back by `CacheReader` in the same order.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []
    /// Large texts written apart from the rest (`writePlaced`), where a reader finds them by
    /// their offset without reading them: they go before the sealed bytes in the file.
    private(set) var heap: [UInt8] = []

    /// A writer whose bytes and heap are made at these sizes at once: grown by doubling, a
    /// writer of a few megabytes touches about twice the memory it keeps.
    init(capacity: Int = 0, heapCapacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        heap.reserveCapacity(heapCapacity)
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Bytes with their count before them, read back by `CacheReader.readBytes`.
    mutating func write(bytes other: [UInt8]) {
        write(other.count)
        bytes.append(contentsOf: other)
    }

    /// Bytes another writer made.
    mutating func append(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ string: String) {
        var copy = string
        copy.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// The bytes `append` adds to the heap (a body's HTML or text), and here their offset in
    /// the file and their length (`CacheReader.readHeapPlace`).
    mutating func writePlaced(_ append: (inout [UInt8]) -> Void) {
        let start = heap.count
        append(&heap)
        write(start)
        write(heap.count - start)
    }

    /// The place of bytes already in the file's heap (a part whose bodies were written into it
    /// as they were rendered, `BodyStore.seal`), as `writePlaced` writes it.
    mutating func writePlace(_ slice: BodyStore.Slice) {
        write(slice.offset)
        write(slice.count)
    }

    /// A value that may be missing: a flag, then the value.
    mutating func write<Value>(_ value: Value?, _ write: (inout CacheWriter, Value) -> Void) {
        self.write(value != nil)
        if let value { write(&self, value) }
    }

    mutating func write(_ string: String?) { write(string) { $0.write($1) } }

    mutating func write<Element>(_ elements: [Element], _ write: (inout CacheWriter, Element) -> Void) {
        self.write(elements.count)
        for element in elements { write(&self, element) }
    }

    mutating func write(_ strings: [String]) { write(strings) { $0.write($1) } }

    mutating func write(_ signature: FileSignature) {
        write(UInt64(bitPattern: signature.size))
        write(signature.modifiedSeconds)
        write(signature.modifiedNanoseconds)
        write(signature.inode)
    }

    /// A table in an order its keys alone decide (`stableOrder`), so that the same cache gives
    /// the same bytes.
    mutating func write<Value>(_ table: [String: Value], value: (inout CacheWriter, Value) -> Void) {
        write(table.count)
        let entries = Array(table)
        for index in Self.stableOrder(of: entries.map(\.key)) {
            write(entries[index].key)
            value(&self, entries[index].value)
        }
    }

    /// The indices of `keys` ordered by a hash of each key (FNV-1a of its bytes), then by the
    /// key's bytes: the same keys give the same order whatever order they came in. Sorted as
    /// strings, the 20,000 page paths of a 10,000-article site (long common prefixes) took 15 ms.
    static func stableOrder(of keys: [String]) -> [Int] {
        let hashes = keys.map { key in
            key.utf8.withContiguousStorageIfAvailable { StableHasher.fnv1a($0) } ?? StableHasher.fnv1a(key.utf8)
        }
        return keys.indices.sorted { first, second in
            hashes[first] != hashes[second] ? hashes[first] < hashes[second] : keys[first].precedesInUTF8(keys[second])
        }
    }

    /// The bytes with their length and a checksum (XXH64) after them: a file cut short or
    /// changed is told by `CacheReader.verified`. Takes the bytes out of the writer (empty
    /// after), so that they (the content cache is as large as the site's bodies) are not
    /// copied: a writer that kept sharing them would make the trailer's append copy them all.
    mutating func takeSealed() -> [UInt8] {
        let length = bytes.count
        let checksum = bytes.withUnsafeBytes { FileDigest.xxh64($0) }
        write(length)
        write(checksum)
        var sealed: [UInt8] = []
        swap(&sealed, &bytes)
        return sealed
    }

    /// The checksum `takeSealed()` ends the bytes with (and so a file that `takeSealedAfterHeap()` made);
    /// `nil` for bytes too short to be sealed.
    static func checksum(ofSealed bytes: [UInt8]) -> UInt64? {
        guard bytes.count >= 16 else { return nil }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)) }
    }

    /// The heap, then the sealed bytes: a reader reads and verifies only the sealed bytes at
    /// the file's end (`CacheFile.readSealedEnd`), and each text of the heap when it is needed.
    /// Takes both out of the writer, so that the heap (a part's bodies, megabytes) is appended
    /// to where it is, not copied.
    mutating func takeSealedAfterHeap() -> [UInt8] {
        var file: [UInt8] = []
        swap(&file, &heap)
        file.append(contentsOf: takeSealed())
        return file
    }
}
