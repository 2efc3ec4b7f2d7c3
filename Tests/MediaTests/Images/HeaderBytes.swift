@testable import Media

/// Small hand-made headers for the tests of one rule each.
enum HeaderBytes {
    static func bigEndian16(_ value: Int) -> [UInt8] { [UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }

    static func bigEndian32(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    // MARK: JPEG

    static let startOfImage: [UInt8] = [0xFF, 0xD8]

    /// A marker segment: `FF`, the code, the length (which counts itself) and the payload.
    static func segment(_ code: UInt8, _ payload: [UInt8]) -> [UInt8] {
        [0xFF, code] + bigEndian16(payload.count + 2) + payload
    }

    /// A frame header for three components, 8 bits each.
    static func frame(_ code: UInt8 = 0xC0, width: Int, height: Int) -> [UInt8] {
        segment(code, [8] + bigEndian16(height) + bigEndian16(width) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
    }

    /// An APP1 segment with EXIF data whose IFD0 holds one Orientation entry.
    static func exif(orientation: Int, bigEndian: Bool = true, ifdOffset: Int = 8) -> [UInt8] {
        func two(_ value: Int) -> [UInt8] { bigEndian ? bigEndian16(value) : bigEndian16(value).reversed() }
        func four(_ value: Int) -> [UInt8] { bigEndian ? bigEndian32(value) : bigEndian32(value).reversed() }
        let tiff = Array((bigEndian ? "MM" : "II").utf8) + two(42) + four(ifdOffset)
            + two(1) + two(0x0112) + two(3) + four(1) + two(orientation) + [0, 0] + four(0)
        return segment(0xE1, Array("Exif".utf8) + [0, 0] + tiff)
    }

    static let startOfScan = segment(0xDA, [1, 1, 0, 0, 63, 0])
    static let endOfImage: [UInt8] = [0xFF, 0xD9]

    // MARK: ISO boxes (AVIF)

    static func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
        bigEndian32(payload.count + 8) + Array(type.utf8) + payload
    }

    /// A full box: version and flags before the payload.
    static func fullBox(_ type: String, version: UInt8 = 0, flags: UInt8 = 0, _ payload: [UInt8]) -> [UInt8] {
        box(type, [version, 0, 0, flags] + payload)
    }

    static let avifType = box("ftyp", Array("avif".utf8) + [0, 0, 0, 0] + Array("avifmif1miaf".utf8))

    static func extents(width: Int, height: Int) -> [UInt8] {
        fullBox("ispe", bigEndian32(width) + bigEndian32(height))
    }

    /// A `meta` box with the primary item `primary` and the properties of `ipco`; `associations`
    /// gives each item's 1-based property indices.
    static func meta(primary: Int?, properties: [[UInt8]], associations: [(item: Int, indices: [Int])]) -> [UInt8] {
        var children = fullBox("hdlr", [0, 0, 0, 0] + Array("pict".utf8) + [UInt8](repeating: 0, count: 13))
        if let primary { children += fullBox("pitm", bigEndian16(primary)) }
        var map = bigEndian32(associations.count)
        for association in associations {
            map += bigEndian16(association.item) + [UInt8(association.indices.count)]
            map += association.indices.map { UInt8($0) }
        }
        children += box("iprp", box("ipco", properties.flatMap { $0 }) + (associations.isEmpty ? [] : fullBox("ipma", map)))
        return fullBox("meta", children)
    }
}

extension HeaderBytes {
    /// A PNG's signature and IHDR chunk, with its CRC.
    static func pngHeader(width: Int, height: Int) -> [UInt8] {
        let body = Array("IHDR".utf8) + bigEndian32(width) + bigEndian32(height) + [8, 2, 0, 0, 0]
        var crc = CRC32()
        crc.update(body[...])
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + bigEndian32(13) + body + bigEndian32(Int(crc.value))
    }
}
