/// The hash by which ``TemplateObject`` and record layouts find a field: the name's UTF-8, eight
/// bytes at a time, each word mixed in by a multiplication. Not seeded and not meant to resist
/// chosen collisions (the names are a site's own template and field names, and a collision
/// costs a comparison, never a wrong field); cheap enough that a compiled template keeps the
/// hash of each of its names and a lookup computes none.
enum NameHash {
    static func of(_ name: String) -> UInt64 {
        var name = name
        return name.withUTF8 { bytes in
            var hash = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
            guard let base = bytes.baseAddress else { return hash }
            let count = bytes.count
            var offset = 0
            while offset + 8 <= count {
                hash = mix(hash, UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                offset += 8
            }
            if offset < count {
                var word: UInt64 = 0
                for index in offset..<count { word |= UInt64(base[index]) << UInt64(8 * (index - offset)) }
                hash = mix(hash, word)
            }
            return hash ^ (hash >> 32)
        }
    }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
