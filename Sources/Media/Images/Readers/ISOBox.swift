/// A box of an ISO base media file (ISO/IEC 14496-12, 4.2), the container of AVIF: a 32-bit
/// size, a four-letter type, for a size of 1 a 64-bit size after it, and for a size of 0 the
/// rest of its container.
struct ISOBox {
    let type: String
    /// Offset of the first byte after the header.
    let contentStart: Int
    /// Offset of the first byte after the box.
    let end: Int

    /// The boxes from `start` to `end` of a container that lies whole within `file`; a child
    /// that claims to reach past the container's end is damage, not truncation.
    static func children(of file: ImageBytes, from start: Int, to end: Int) throws(ImageError) -> [ISOBox] {
        var boxes: [ISOBox] = []
        var offset = start
        while offset < end {
            guard end - offset >= 8 else {
                throw .malformed(.avif, detail: "a box at byte \(offset) is cut off by the end of its container")
            }
            let box = try header(in: file, at: offset, containerEnd: end)
            guard box.end <= end else {
                throw .malformed(.avif, detail: "its '\(box.type)' box at byte \(offset) reaches past the end of its container")
            }
            boxes.append(box)
            offset = box.end
        }
        return boxes
    }

    /// The header of the box at `offset`; `containerEnd` is where a box of size 0 ends.
    static func header(in file: ImageBytes, at offset: Int, containerEnd: Int) throws(ImageError) -> ISOBox {
        let size = try file.uint32BE(at: offset)
        let type = file.fourCC(at: offset + 4)
        _ = try file.uint32BE(at: offset + 4)
        var headerLength = 8
        var length = size
        if size == 1 {
            headerLength = 16
            guard let large = try file.uint64BE(at: offset + 8) else {
                throw .malformed(.avif, detail: "its '\(type)' box at byte \(offset) claims more than 2⁶³ bytes")
            }
            length = large
        } else if size == 0 {
            length = containerEnd - offset
        }
        guard length >= headerLength else {
            throw .malformed(.avif, detail: "its '\(type)' box at byte \(offset) gives a size of \(length) bytes, less than its header")
        }
        // No real file comes near Int.max; a claimed size this large is damage, and it would
        // overflow the sum below.
        guard length <= Int.max / 2 - offset else {
            throw .malformed(.avif, detail: "its '\(type)' box at byte \(offset) gives a size of \(length) bytes")
        }
        return ISOBox(type: type, contentStart: offset + headerLength, end: offset + length)
    }
}
