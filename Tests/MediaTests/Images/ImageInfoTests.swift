import Foundation
@testable import Media
import Testing
import ZecheTestSupport

@Suite struct ImageInfoTests {
    private let png = HeaderBytes.pngHeader(width: 3, height: 2)

    @Test("Extensions are read without regard to case or a leading dot", arguments: ["png", "PNG", ".png", ".Png"])
    func extensionSpelling(fileExtension: String) throws {
        #expect(try ImageInfo.read(bytes: png, fileExtension: fileExtension).storedWidth == 3)
    }

    @Test("An extension of no image format is refused, with what to use instead")
    func unsupportedExtension() {
        #expect(throws: ImageError.unsupportedExtension("bmp")) { try ImageInfo.read(bytes: png, fileExtension: ".bmp") }
        let error = ImageError.unsupportedExtension("bmp")
        #expect(error.message == "'.bmp' is not an image format Zeche reads")
        #expect(error.fix == "use a JPEG, PNG, GIF, WebP, AVIF or SVG file")
    }

    @Test("Without an extension, bytes of no image format are refused")
    func noExtensionNoImage() {
        #expect(throws: ImageError.notAnImage(named: nil)) {
            try ImageInfo.read(bytes: Array("Hallo".utf8), fileExtension: nil)
        }
    }

    @Test("A file that is shorter than its format's signature but agrees with it is truncated")
    func shortSignature() {
        #expect(throws: ImageError.truncated(.png)) { try ImageInfo.read(bytes: Array(png.prefix(5)), fileExtension: "png") }
        #expect(throws: ImageError.notAnImage(named: .png)) {
            try ImageInfo.read(bytes: [0x89, 0x50, 0x00], fileExtension: "png")
        }
    }

    @Test("The messages of a lying file name both formats, and the fix the right extension")
    func wrongFormatMessage() {
        let error = ImageError.wrongFormat(actual: .png, named: .jpeg)
        #expect(error.message == "the file is a PNG, not a JPEG as its name says")
        #expect(error.fix == "rename it to end in '.png', or save it again as a JPEG")
        #expect(ImageError.wrongFormat(actual: .jpeg, named: .avif).fix == "rename it to end in '.jpg', or save it again as an AVIF")
    }

    @Test("Every error has a message and a fix")
    func everyErrorHasMessageAndFix() {
        var errors: [ImageError] = [.unsupportedExtension("tif"), .empty, .notAnImage(named: nil), .unreadable(reason: "x")]
        for format in ImageFormat.allCases {
            errors += [.wrongFormat(actual: format, named: .png), .notAnImage(named: format), .truncated(format),
                       .emptyImage(format, part: "header", width: 0, height: 1), .missingSize(format),
                       .malformed(format, detail: "x")]
        }
        for error in errors {
            #expect(!error.message.isEmpty && !error.fix.isEmpty)
            #expect(error.description == "\(error.message); fix: \(error.fix)")
        }
    }

    @Test("Formats know their names, extensions and media types")
    func formatNames() {
        #expect(ImageFormat.allCases.map(\.mediaType) == ["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "image/svg+xml"])
        #expect(ImageFormat.allCases.map(\.nameWithArticle) == ["a JPEG", "a PNG", "a GIF", "a WebP", "an AVIF", "an SVG"])
        #expect(["jpg", "jpeg", "JPE", "jfif"].map { ImageFormat(fileExtension: $0) } == [.jpeg, .jpeg, .jpeg, .jpeg])
        #expect(ImageFormat(fileExtension: "svgz") == nil)
        #expect(ImageFormat.allCases.filter(\.isRaster).count == 5)
    }

    @Test("A JPEG whose frame header lies behind 200 KB of metadata is read from its file")
    func frameHeaderBehindLargeMetadata() throws {
        let folder = try TemporaryDirectory()
        let padding = HeaderBytes.segment(0xE2, [UInt8](repeating: 0x42, count: 65_000))
        let bytes = HeaderBytes.startOfImage + HeaderBytes.exif(orientation: 8) + padding + padding + padding
            + HeaderBytes.frame(width: 1600, height: 900) + HeaderBytes.endOfImage
        #expect(bytes.count > 4 * ImageInfo.firstReadLength / 2)
        let file = try folder.write(Data(bytes), to: "photo.jpeg")
        let info = try ImageInfo.read(contentsOf: file)
        #expect(info == ImageInfo(format: .jpeg, storedWidth: 1600, storedHeight: 900, orientation: .leftBottom))
        #expect(info.width == 900 && info.height == 1600)
    }

    @Test("A file without extension is read by its bytes; a missing file or a folder cannot be read")
    func fileEdgeCases() throws {
        let folder = try TemporaryDirectory()
        let file = try folder.write(Data(png), to: "logo")
        #expect(try ImageInfo.read(contentsOf: file).format == .png)
        for url in [folder.url.appendingPathComponent("missing.png"), folder.url] {
            #expect {
                try ImageInfo.read(contentsOf: url)
            } throws: { error in
                guard case .unreadable(let reason) = error as? ImageError else { return false }
                return !reason.isEmpty
            }
        }
    }
}
