import Foundation
import Media
import Testing
import ZecheTestSupport

/// The sample newsroom's raster images, made by scripts/make-press-images.sh, are what the
/// platforms and the press kit need.
@Suite struct SampleImageTests {
    private let images = PackagePaths.root().appendingPathComponent("Content/images")
    private let media = PackagePaths.root().appendingPathComponent("Content/media")

    @Test("The cover is a JPEG of at least 1200×630 and under 200 KB, as link previews want")
    func cover() throws {
        let file = media.appendingPathComponent("pressefotos/foerderturm.jpg")
        let info = try ImageInfo.read(contentsOf: file)
        #expect(info == ImageInfo(format: .jpeg, storedWidth: 1600, storedHeight: 900))
        #expect(info.width >= 1200 && info.height >= 630)
        #expect(try Data(contentsOf: file).count < 200_000)
    }

    @Test("The logo comes as a PNG 1200 pixels wide, in the proportions of its SVG")
    func logo() throws {
        let png = try ImageInfo.read(contentsOf: media.appendingPathComponent("logos/q-one-logo.png"))
        let svg = try ImageInfo.read(contentsOf: images.appendingPathComponent("q-one-logo.svg"))
        #expect(png == ImageInfo(format: .png, storedWidth: 1200, storedHeight: 400))
        #expect(svg == ImageInfo(format: .svg, storedWidth: 120, storedHeight: 40))
    }
}
