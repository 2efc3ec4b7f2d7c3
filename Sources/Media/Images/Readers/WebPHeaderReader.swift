/// Reads a WebP's size from its first chunk, right after `RIFF`, the file size and `WEBP`
/// (RFC 9649): `VP8 ` (lossy), `VP8L` (lossless) or `VP8X` (extended: alpha, animation,
/// metadata), each with its size in a layout of its own. Thirty bytes are enough.
enum WebPHeaderReader {
    private static let chunkPayload = 20

    static func read(_ file: ImageBytes) throws(ImageError) -> ImageInfo {
        _ = try file.uint32LE(at: 16)
        let payload = chunkPayload
        if file.hasASCII("VP8 ", at: 12) {
            return try readLossy(file, payload: payload)
        }
        if file.hasASCII("VP8L", at: 12) {
            return try readLossless(file, payload: payload)
        }
        if file.hasASCII("VP8X", at: 12) {
            // Canvas width and height minus one, 24 bits each, after four bytes of flags.
            let width = try file.uint24LE(at: payload + 4) + 1
            let height = try file.uint24LE(at: payload + 7) + 1
            return ImageInfo(format: .webp, storedWidth: width, storedHeight: height)
        }
        throw .malformed(.webp, detail: "its first chunk is '\(file.fourCC(at: 12))', not VP8, VP8L or VP8X")
    }

    /// A VP8 key frame (RFC 6386, 9.1): a 3-byte frame tag, the start code `9D 01 2A`, then the
    /// width and height in 14 bits each (the two bits above them scale the output, not the size).
    private static func readLossy(_ file: ImageBytes, payload: Int) throws(ImageError) -> ImageInfo {
        // Bit 0 of the frame tag is 0 for a key frame; only key frames carry the size.
        guard try file.byte(at: payload) & 1 == 0 else {
            throw .malformed(.webp, detail: "its VP8 frame is not a key frame")
        }
        guard try file.byte(at: payload + 3) == 0x9D, try file.byte(at: payload + 4) == 0x01,
              try file.byte(at: payload + 5) == 0x2A else {
            throw .malformed(.webp, detail: "its VP8 frame lacks the start code 9D 01 2A")
        }
        let width = try file.uint16LE(at: payload + 6) & 0x3FFF
        let height = try file.uint16LE(at: payload + 8) & 0x3FFF
        guard width > 0, height > 0 else {
            throw .emptyImage(.webp, part: "VP8 frame header", width: width, height: height)
        }
        return ImageInfo(format: .webp, storedWidth: width, storedHeight: height)
    }

    /// A VP8L stream (RFC 9649, 3.2): the signature byte `2F`, then width − 1 and height − 1 in
    /// 14 bits each, an alpha bit and a 3-bit version that must be 0, least significant bit first.
    private static func readLossless(_ file: ImageBytes, payload: Int) throws(ImageError) -> ImageInfo {
        let signature = try file.byte(at: payload)
        let bits = try file.uint32LE(at: payload + 1)
        guard signature == 0x2F else {
            throw .malformed(.webp, detail: "its VP8L stream does not start with the signature byte 2F")
        }
        guard bits >> 29 == 0 else {
            throw .malformed(.webp, detail: "its VP8L stream has version \(bits >> 29), not 0")
        }
        let width = (bits & 0x3FFF) + 1
        let height = ((bits >> 14) & 0x3FFF) + 1
        return ImageInfo(format: .webp, storedWidth: width, storedHeight: height)
    }
}
