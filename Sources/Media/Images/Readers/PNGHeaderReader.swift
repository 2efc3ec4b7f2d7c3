/// Reads a PNG's size from its IHDR chunk, which must come first (PNG, 11.2.2): the 8-byte
/// signature, then length 13, `IHDR`, width, height, five one-byte fields and a CRC, 33 bytes
/// in all.
enum PNGHeaderReader {
    static func read(_ file: ImageBytes) throws(ImageError) -> ImageInfo {
        let length = try file.uint32BE(at: 8)
        guard file.hasASCII("IHDR", at: 12) else {
            _ = try file.uint32BE(at: 12)
            throw .malformed(.png, detail: "its first chunk is '\(file.fourCC(at: 12))', not IHDR")
        }
        guard length == 13 else {
            throw .malformed(.png, detail: "its IHDR chunk is \(length) bytes long, not 13")
        }
        let width = try file.uint32BE(at: 16)
        let height = try file.uint32BE(at: 20)
        let storedCRC = try file.uint32BE(at: 29)
        var crc = CRC32()
        crc.update(file.slice(12..<29))
        guard crc.value == UInt32(storedCRC) else {
            throw .malformed(.png, detail: "its IHDR chunk fails its CRC check")
        }
        guard width > 0, height > 0 else {
            throw .emptyImage(.png, part: "IHDR", width: width, height: height)
        }
        // Larger values are forbidden, so that readers with signed 32-bit sizes are safe.
        guard width < 0x8000_0000, height < 0x8000_0000 else {
            throw .malformed(.png, detail: "its IHDR gives \(width)×\(height) pixels, more than 2³¹ − 1 in a direction")
        }
        return ImageInfo(format: .png, storedWidth: width, storedHeight: height)
    }
}
