@testable import Media
import Testing

@Suite struct AVIFHeaderTests {
    private func read(_ bytes: [UInt8]) throws(ImageError) -> ImageInfo {
        try ImageInfo.read(bytes: bytes, fileExtension: "avif")
    }

    @Test("The primary item's ispe gives the size, not the first ispe (an alpha plane's or a tile's)")
    func primaryItemsExtents() throws {
        let meta = HeaderBytes.meta(
            primary: 2,
            properties: [HeaderBytes.extents(width: 64, height: 64), HeaderBytes.extents(width: 256, height: 128)],
            associations: [(item: 1, indices: [1]), (item: 2, indices: [0x82])]) // essential bit set
        #expect(try read(HeaderBytes.avifType + meta) == ImageInfo(format: .avif, storedWidth: 256, storedHeight: 128))
    }

    @Test("Without pitm and ipma the first ispe gives the size")
    func firstExtentsWithoutAssociations() throws {
        let meta = HeaderBytes.meta(primary: nil, properties: [HeaderBytes.extents(width: 7, height: 5)], associations: [])
        #expect(try read(HeaderBytes.avifType + meta).storedWidth == 7)
    }

    @Test("irot turns the shown size", arguments: [(0, ImageOrientation.topLeft), (1, .leftBottom), (2, .bottomRight), (3, .rightTop)])
    func rotation(steps: Int, orientation: ImageOrientation) throws {
        let meta = HeaderBytes.meta(
            primary: 1, properties: [HeaderBytes.extents(width: 40, height: 30), HeaderBytes.box("irot", [UInt8(steps)])],
            associations: [(item: 1, indices: [1, 2])])
        let info = try read(HeaderBytes.avifType + meta)
        #expect(info.orientation == orientation)
        #expect(info.width == (steps % 2 == 1 ? 30 : 40))
    }

    @Test("A box with a 64-bit size before the meta box is skipped")
    func largeSizeBox() throws {
        let free = HeaderBytes.bigEndian32(1) + Array("free".utf8) + HeaderBytes.bigEndian32(0) + HeaderBytes.bigEndian32(20) + [0, 0, 0, 0]
        let meta = HeaderBytes.meta(primary: nil, properties: [HeaderBytes.extents(width: 3, height: 4)], associations: [])
        #expect(try read(HeaderBytes.avifType + free + meta).storedHeight == 4)
    }

    @Test("A file of only an ftyp box has no ispe; the same bytes as the start of a longer file are truncated")
    func noMetaBox() {
        #expect(throws: ImageError.missingSize(.avif)) { try read(HeaderBytes.avifType) }
        #expect(throws: ImageError.truncated(.avif)) {
            try ImageInfo.read(bytes: HeaderBytes.avifType[...], fileExtension: "avif", isWholeFile: false)
        }
    }

    @Test("A meta box of size 0 runs to the end of the file: the start of the file is truncated, not a smaller meta box (Fuzz/Regressions/ImageHeaderFuzzer/meta-box-of-size-zero)")
    func metaBoxToTheEndOfTheFile() throws {
        var meta = HeaderBytes.meta(primary: 1, properties: [HeaderBytes.extents(width: 3, height: 4), HeaderBytes.extents(width: 30, height: 40)],
                                    associations: [(item: 1, indices: [2])])
        meta.replaceSubrange(0..<4, with: HeaderBytes.bigEndian32(0))
        let file = HeaderBytes.avifType + meta
        #expect(try read(file).storedWidth == 30)
        // Cut inside the meta box: taken as a meta box that ends there, the start of a good file
        // read as one without a size, or as damaged, and the build refused the picture.
        for cut in [HeaderBytes.avifType.count + 8, file.count - 1] {
            #expect(throws: ImageError.truncated(.avif)) {
                try ImageInfo.read(bytes: file[..<cut], fileExtension: "avif", isWholeFile: false)
            }
        }
    }

    @Test("An ispe of 0×0 pixels is refused with its size")
    func emptyExtents() {
        let meta = HeaderBytes.meta(primary: nil, properties: [HeaderBytes.extents(width: 0, height: 0)], associations: [])
        #expect(throws: ImageError.emptyImage(.avif, part: "'ispe' property", width: 0, height: 0)) {
            try read(HeaderBytes.avifType + meta)
        }
    }

    @Test("A box that claims to reach past its container is damage")
    func childPastItsContainer() {
        var meta = HeaderBytes.meta(primary: nil, properties: [HeaderBytes.extents(width: 3, height: 4)], associations: [])
        // The hdlr box, the meta box's first child, claims 200 bytes.
        meta.replaceSubrange(12..<16, with: HeaderBytes.bigEndian32(200))
        #expect(throws: ImageError.malformed(.avif, detail: "its 'hdlr' box at byte 12 reaches past the end of its container")) {
            try read(HeaderBytes.avifType + meta)
        }
    }

    @Test("An ipma box that claims more entries than it holds is damage")
    func associationsPastTheirBox() {
        var properties = HeaderBytes.extents(width: 3, height: 4)
        properties += HeaderBytes.box("irot", [1])
        let map = HeaderBytes.bigEndian32(1000) + HeaderBytes.bigEndian16(1) + [1, 1]
        let meta = HeaderBytes.fullBox("meta", HeaderBytes.box("iprp", HeaderBytes.box("ipco", properties) + HeaderBytes.fullBox("ipma", map)))
        #expect(throws: ImageError.malformed(.avif, detail: "its meta box ends inside one of its boxes")) {
            try read(HeaderBytes.avifType + meta)
        }
    }

    @Test("A box size below its header's length is damage")
    func boxSmallerThanItsHeader() {
        let bytes = HeaderBytes.avifType + HeaderBytes.bigEndian32(4) + Array("free".utf8)
        #expect(throws: ImageError.malformed(.avif, detail: "its 'free' box at byte 28 gives a size of 4 bytes, less than its header")) {
            try read(bytes)
        }
    }
}
