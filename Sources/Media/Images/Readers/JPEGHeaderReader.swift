/// Reads a JPEG's size from its frame header (an SOF marker) and its orientation from the EXIF
/// data in an APP1 segment before it.
///
/// The reader walks the segments from the start (ITU T.81, B.1.1): each is `FF`, a marker code
/// and, except for the standalone markers, a two-byte length. It jumps over each segment by its
/// length, so it reads only the segments' first bytes and stops at the first SOF marker: a
/// photo's header is read from its first few kilobytes (or up to about 200 KB when large EXIF,
/// XMP and ICC segments come first). Every step moves forward, so the walk ends within the bytes.
enum JPEGHeaderReader {
    static func read(_ file: ImageBytes) throws(ImageError) -> ImageInfo {
        var offset = 2
        var orientation = ImageOrientation.topLeft
        var hasReadEXIF = false
        while true {
            offset = try markerStart(in: file, from: offset)
            // One or more 0xFF fill bytes stand before a marker code (B.1.1.2).
            var code = try file.byte(at: offset + 1)
            offset += 1
            while code == 0xFF {
                offset += 1
                code = try file.byte(at: offset)
            }
            offset += 1
            switch code {
            case 0x01, 0xD0...0xD8:
                continue // TEM, RSTn and SOI stand alone, without a length.
            case 0xD9, 0xDA:
                // EOI ends the image, and SOS starts the compressed data that needs a frame.
                throw .missingSize(.jpeg)
            default:
                break
            }
            let length = try file.uint16BE(at: offset)
            guard length >= 2 else {
                throw .malformed(.jpeg, detail: "the segment of marker 0x\(hex(code)) at byte \(offset - 2) gives a length of \(length)")
            }
            if isFrameHeader(code) {
                // P (sample precision), Y (lines), X (samples per line): B.2.2.
                guard length >= 8 else {
                    throw .malformed(.jpeg, detail: "its SOF\(code - 0xC0) marker is \(length) bytes long, too short for a size")
                }
                let height = try file.uint16BE(at: offset + 3)
                let width = try file.uint16BE(at: offset + 5)
                guard width > 0, height > 0 else {
                    throw .emptyImage(.jpeg, part: "SOF\(code - 0xC0) marker", width: width, height: height)
                }
                return ImageInfo(format: .jpeg, storedWidth: width, storedHeight: height, orientation: orientation)
            }
            if code == 0xE1, !hasReadEXIF, let found = EXIFOrientation.read(file.slice(offset + 2..<offset + length)) {
                orientation = found
                hasReadEXIF = true
            }
            offset += length
        }
    }

    /// SOF0 to SOF15 (`FFC0` to `FFCF`), except DHT (`C4`), JPG (`C8`) and DAC (`CC`), which share
    /// the range but are no frame headers.
    static func isFrameHeader(_ code: UInt8) -> Bool {
        (0xC0...0xCF).contains(code) && code != 0xC4 && code != 0xC8 && code != 0xCC
    }

    /// The offset of the next `FF` from `offset` on. Bytes that are no marker between segments
    /// are skipped, as libjpeg does ("Corrupt JPEG data: extraneous bytes before marker").
    private static func markerStart(in file: ImageBytes, from offset: Int) throws(ImageError) -> Int {
        var position = offset
        while try file.byte(at: position) != 0xFF {
            position += 1
        }
        return position
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
