/// Writes the build cache's binary format: little-endian integers, strings as a length and
/// their UTF-8 bytes. Read back by `CacheReader` in the same order.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: UInt64) {
        var rest = value
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: rest))
            rest >>= 8
        }
    }

    mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ string: String) {
        var copy = string
        copy.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ signature: FileSignature) {
        write(UInt64(bitPattern: signature.size))
        write(signature.modifiedSeconds)
        write(signature.modifiedNanoseconds)
        write(signature.inode)
    }

    /// A table in the order of its keys, so that the same cache gives the same bytes.
    mutating func write<Value>(_ table: [String: Value], value: (inout CacheWriter, Value) -> Void) {
        write(table.count)
        for key in table.keys.sorted() {
            write(key)
            if let element = table[key] { value(&self, element) }
        }
    }

    /// The bytes with their length and a checksum after them: a file cut short or changed
    /// is told by `CacheReader.verified`.
    func sealed() -> [UInt8] {
        var sealed = bytes
        var trailer = CacheWriter()
        trailer.write(bytes.count)
        trailer.write(ContentHash.fnv1a(bytes))
        sealed.append(contentsOf: trailer.bytes)
        return sealed
    }
}
