/// Reads an AVIF's size from the `ispe` (image spatial extents) property of its primary image,
/// and its turn from the `irot` property (HEIF, ISO/IEC 23008-12, 6.5.3 and 6.5.10).
///
/// The properties live in `meta/iprp/ipco`; `meta/iprp/ipma` says which belong to which item,
/// and `meta/pitm` which item is the primary image (a grid's tiles and an alpha plane have
/// `ispe` properties of their own). The `meta` box comes near the start of the file and is
/// read only once it is there whole. Mirroring (`imir`) and cropping (`clap`) are ignored: a
/// mirror keeps the size, and browsers show the full `ispe` size of the files encoders write.
enum AVIFHeaderReader {
    /// Offsets of the major brand and the compatible brands of an `ftyp` box at the file's start,
    /// at most 256 of them.
    static func brandOffsets(ftypSize: Int) -> [Int] {
        [8] + Array(stride(from: 16, to: max(16, min(ftypSize, 16 + 4 * 256)), by: 4))
    }

    /// Why a file with an `ftyp` box is no AVIF: the brands it names instead.
    static func brandComplaint(_ bytes: ArraySlice<UInt8>) -> String {
        let file = ImageBytes(bytes, format: .avif, isWholeFile: true)
        let size = (try? file.uint32BE(at: 0)) ?? 0
        let brands = brandOffsets(ftypSize: size).filter { file.contains(4, at: $0) }.map { "'\(file.fourCC(at: $0))'" }
        return "its ftyp box names the brands \(brands.joined(separator: ", ")), none of them 'avif' or 'avis'"
    }

    static func read(_ file: ImageBytes) throws(ImageError) -> ImageInfo {
        var offset = 0
        while true {
            guard file.contains(8, at: offset) else {
                if offset >= file.count, file.isWholeFile { throw .missingSize(.avif) }
                throw .truncated(.avif)
            }
            // A box of size 0 runs to the end of the file, which only the whole file shows.
            if !file.isWholeFile, try file.uint32BE(at: offset) == 0 { throw .truncated(.avif) }
            let box = try ISOBox.header(in: file, at: offset, containerEnd: file.count)
            if box.type == "meta" {
                guard file.contains(box.end - offset, at: offset) else { throw .truncated(.avif) }
                let meta = ImageBytes(file.slice(offset..<box.end), format: .avif, isWholeFile: true)
                do {
                    return try readMeta(meta, contentStart: box.contentStart - offset)
                } catch .truncated {
                    throw .malformed(.avif, detail: "its meta box ends inside one of its boxes")
                }
            }
            offset = box.end
        }
    }

    /// The primary item's size and turn, from a `meta` box (a full box: 4 bytes of version and
    /// flags before its children) whose bytes are all of `meta`.
    private static func readMeta(_ meta: ImageBytes, contentStart: Int) throws(ImageError) -> ImageInfo {
        var primaryItem: Int?
        var properties: [ISOBox] = []
        var associations: [Int: [Int]] = [:]
        for box in try ISOBox.children(of: meta, from: contentStart + 4, to: meta.count) {
            switch box.type {
            case "pitm":
                if try meta.byte(at: box.contentStart) == 0 {
                    primaryItem = try meta.uint16BE(at: box.contentStart + 4)
                } else {
                    primaryItem = try meta.uint32BE(at: box.contentStart + 4)
                }
            case "iprp":
                for child in try ISOBox.children(of: meta, from: box.contentStart, to: box.end) {
                    if child.type == "ipco", properties.isEmpty {
                        properties = try ISOBox.children(of: meta, from: child.contentStart, to: child.end)
                    } else if child.type == "ipma" {
                        try readAssociations(meta, child, into: &associations)
                    }
                }
            default:
                continue
            }
        }
        // Property indices count from 1; without pitm or ipma, the first ispe is the image's.
        var itemProperties = properties
        if let primaryItem, let indices = associations[primaryItem] {
            itemProperties = indices.compactMap { $0 >= 1 && $0 <= properties.count ? properties[$0 - 1] : nil }
        }
        guard let extents = itemProperties.first(where: { $0.type == "ispe" }) else {
            throw .missingSize(.avif)
        }
        // ispe is a full box: version and flags, then width and height in 32 bits each.
        guard extents.end - extents.contentStart >= 12 else {
            throw .malformed(.avif, detail: "its 'ispe' property is too short to hold a size")
        }
        let width = try meta.uint32BE(at: extents.contentStart + 4)
        let height = try meta.uint32BE(at: extents.contentStart + 8)
        guard width > 0, height > 0 else {
            throw .emptyImage(.avif, part: "'ispe' property", width: width, height: height)
        }
        var orientation = ImageOrientation.topLeft
        if let rotation = itemProperties.first(where: { $0.type == "irot" }) {
            orientation = try self.orientation(anticlockwiseQuarterTurns: meta.byte(at: rotation.contentStart) & 3)
        }
        return ImageInfo(format: .avif, storedWidth: width, storedHeight: height, orientation: orientation)
    }

    /// `irot` turns the picture anticlockwise by 90° per step; in EXIF's terms one step is 8
    /// (shown turned 90° counterclockwise), three steps are 6.
    private static func orientation(anticlockwiseQuarterTurns steps: UInt8) -> ImageOrientation {
        switch steps {
        case 1: .leftBottom
        case 2: .bottomRight
        case 3: .rightTop
        default: .topLeft
        }
    }

    /// An `ipma` box: per item its ID and the 1-based indices of its properties in `ipco`, each
    /// in 7 bits (or 15 when flag 1 is set) after an "essential" bit.
    private static func readAssociations(_ meta: ImageBytes, _ box: ISOBox, into associations: inout [Int: [Int]]) throws(ImageError) {
        let version = try meta.byte(at: box.contentStart)
        let hasWideIndices = try meta.byte(at: box.contentStart + 3) & 1 == 1
        let entryCount = try meta.uint32BE(at: box.contentStart + 4)
        var offset = box.contentStart + 8
        for _ in 0..<entryCount {
            // Every entry takes at least 3 bytes, so a claimed count past the box is damage.
            guard offset < box.end else { throw .truncated(.avif) }
            let item: Int
            if version < 1 {
                item = try meta.uint16BE(at: offset)
                offset += 2
            } else {
                item = try meta.uint32BE(at: offset)
                offset += 4
            }
            let count = Int(try meta.byte(at: offset))
            offset += 1
            var indices: [Int] = []
            for _ in 0..<count {
                if hasWideIndices {
                    indices.append(try meta.uint16BE(at: offset) & 0x7FFF)
                    offset += 2
                } else {
                    indices.append(Int(try meta.byte(at: offset) & 0x7F))
                    offset += 1
                }
            }
            if associations[item] == nil { associations[item] = indices }
        }
        guard offset <= box.end else { throw .truncated(.avif) }
    }
}
