/// Finds the `Orientation` tag (274, `0x0112`) in the first directory (IFD0) of the EXIF data of a
/// JPEG's APP1 segment: `Exif\0\0`, then a TIFF header and its directories (Exif 2.32, 4.5.4).
///
/// EXIF that is damaged or cut short counts as absent: browsers then show the picture as
/// stored, and so the size stays as stored.
enum EXIFOrientation {
    private static let orientationTag = 0x0112
    private static let shortType = 3

    /// The orientation in an APP1 segment's payload, or `nil` when it holds no EXIF data, no
    /// orientation, or a value outside 1 to 8.
    static func read(_ payload: ArraySlice<UInt8>) -> ImageOrientation? {
        let segment = ImageBytes(payload, format: .jpeg, isWholeFile: true)
        guard segment.hasASCII("Exif", at: 0), segment.byteIfPresent(at: 4) == 0, segment.byteIfPresent(at: 5) == 0 else {
            return nil
        }
        let tiff = ImageBytes(segment.slice(6..<segment.count), format: .jpeg, isWholeFile: true)
        let isBigEndian: Bool
        if tiff.hasASCII("MM", at: 0) {
            isBigEndian = true
        } else if tiff.hasASCII("II", at: 0) {
            isBigEndian = false
        } else {
            return nil
        }
        func integer16(_ offset: Int) -> Int? {
            isBigEndian ? try? tiff.uint16BE(at: offset) : try? tiff.uint16LE(at: offset)
        }
        func integer32(_ offset: Int) -> Int? {
            isBigEndian ? try? tiff.uint32BE(at: offset) : try? tiff.uint32LE(at: offset)
        }
        guard integer16(2) == 42, let directory = integer32(4), let entryCount = integer16(directory) else { return nil }
        // Each entry is 12 bytes: tag, type, count, and the value itself when it fits 4 bytes.
        for index in 0..<entryCount {
            let entry = directory + 2 + index * 12
            guard let tag = integer16(entry) else { return nil }
            guard tag == orientationTag else { continue }
            guard integer16(entry + 2) == shortType, let value = integer16(entry + 8) else { return nil }
            return ImageOrientation(rawValue: value)
        }
        return nil
    }
}
