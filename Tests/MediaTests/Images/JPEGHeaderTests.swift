@testable import Media
import Testing

@Suite struct JPEGHeaderTests {
    private func read(_ bytes: [UInt8]) throws(ImageError) -> ImageInfo {
        try ImageInfo.read(bytes: bytes, fileExtension: "jpg")
    }

    @Test("Every SOF marker gives the size", arguments: [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF] as [UInt8])
    func everyFrameMarkerGivesTheSize(code: UInt8) throws {
        let info = try read(HeaderBytes.startOfImage + HeaderBytes.frame(code, width: 640, height: 480) + HeaderBytes.endOfImage)
        #expect(info == ImageInfo(format: .jpeg, storedWidth: 640, storedHeight: 480))
    }

    @Test("DHT, JPG and DAC share the SOF range but are skipped", arguments: [0xC4, 0xC8, 0xCC] as [UInt8])
    func tableMarkersAreNoFrames(code: UInt8) throws {
        // Their payload would read as 4096×4096 if taken for a frame header.
        let table = HeaderBytes.segment(code, [8, 0x10, 0, 0x10, 0, 1, 0, 0])
        let bytes = HeaderBytes.startOfImage + table + HeaderBytes.frame(width: 3, height: 2) + HeaderBytes.endOfImage
        #expect(try read(bytes).storedWidth == 3)
    }

    @Test("Fill bytes before a marker and stray bytes between segments are skipped")
    func fillAndStrayBytesAreSkipped() throws {
        let app0 = HeaderBytes.segment(0xE0, Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0])
        let bytes = HeaderBytes.startOfImage + [0xFF, 0xFF] + app0 + [0x00, 0x13, 0x37] + HeaderBytes.frame(width: 9, height: 7)
        #expect(try read(bytes) == ImageInfo(format: .jpeg, storedWidth: 9, storedHeight: 7))
    }

    @Test("Scan data before any frame header means the JPEG has no SOF marker")
    func scanBeforeFrame() {
        let bytes = HeaderBytes.startOfImage + HeaderBytes.startOfScan + HeaderBytes.frame(width: 9, height: 7)
        #expect(throws: ImageError.missingSize(.jpeg)) { try read(bytes) }
        #expect(ImageError.missingSize(.jpeg).message == "the JPEG has no SOF marker")
    }

    @Test("A segment length below 2 is damage")
    func segmentLengthBelowTwo() {
        let bytes = HeaderBytes.startOfImage + [0xFF, 0xE0, 0x00, 0x01] + HeaderBytes.frame(width: 1, height: 1)
        #expect(throws: ImageError.malformed(.jpeg, detail: "the segment of marker 0xE0 at byte 2 gives a length of 1")) {
            try read(bytes)
        }
    }

    @Test("EXIF orientations 5 to 8 swap the shown width and height", arguments: 1...8)
    func exifOrientation(orientation: Int) throws {
        for bigEndian in [true, false] {
            let bytes = HeaderBytes.startOfImage + HeaderBytes.exif(orientation: orientation, bigEndian: bigEndian)
                + HeaderBytes.frame(width: 40, height: 30)
            let info = try read(bytes)
            #expect(info.orientation.rawValue == orientation)
            #expect(info.storedWidth == 40 && info.storedHeight == 30)
            #expect(info.width == (orientation >= 5 ? 30 : 40))
            #expect(info.height == (orientation >= 5 ? 40 : 30))
        }
    }

    @Test("EXIF with an orientation outside 1 to 8, or a directory past its end, is ignored", arguments: [
        HeaderBytes.exif(orientation: 0), HeaderBytes.exif(orientation: 9), HeaderBytes.exif(orientation: 6, ifdOffset: 4000),
        HeaderBytes.segment(0xE1, Array("Exif".utf8) + [0, 0] + Array("XX".utf8)),
        HeaderBytes.segment(0xE1, Array("http://ns.adobe.com/xap/1.0/".utf8) + [0]),
    ])
    func damagedEXIFIsIgnored(exif: [UInt8]) throws {
        let info = try read(HeaderBytes.startOfImage + exif + HeaderBytes.frame(width: 40, height: 30))
        #expect(info.orientation == .topLeft)
        #expect(info.width == 40)
    }

    @Test("EXIF after an XMP segment is still read")
    func exifAfterXMP() throws {
        let xmp = HeaderBytes.segment(0xE1, Array("http://ns.adobe.com/xap/1.0/".utf8) + [0] + Array("<x:xmpmeta/>".utf8))
        let bytes = HeaderBytes.startOfImage + xmp + HeaderBytes.exif(orientation: 6) + HeaderBytes.frame(width: 40, height: 30)
        #expect(try read(bytes).orientation == .rightTop)
    }

    @Test("A frame header too short for a size is damage")
    func shortFrameHeader() {
        let bytes = HeaderBytes.startOfImage + HeaderBytes.segment(0xC0, [8, 0, 1, 0])
        #expect(throws: ImageError.malformed(.jpeg, detail: "its SOF0 marker is 6 bytes long, too short for a size")) {
            try read(bytes)
        }
    }
}
