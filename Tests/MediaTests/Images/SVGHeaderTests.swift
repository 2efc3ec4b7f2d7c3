@testable import Media
import Testing

@Suite struct SVGHeaderTests {
    private func read(_ text: String) throws(ImageError) -> ImageInfo {
        try ImageInfo.read(bytes: Array(text.utf8), fileExtension: "svg")
    }

    @Test("Sizes in pixels, absolute units, relative units and viewBoxes", arguments: [
        (#"<svg width="10.6" height="20.4">"#, 11, 20),
        (#"<svg width=" 15px " height="5PX">"#, 15, 5),
        (#"<svg width='1in' height='1.5in'>"#, 96, 144),
        (#"<svg width="2em" height="10" viewBox="0 0 30 10">"#, 30, 10),
        (#"<svg height="20" viewBox="-5 -5 30 10">"#, 60, 20),
        (#"<svg width="10" height="10"/>"#, 10, 10),
        (#"<svg data-note="a>b" width="4" height="3">"#, 4, 3),
        (#"<svg width="0.2" height="3">"#, 1, 3),
        (#"<svg width="1e3" height="2E2">"#, 1000, 200),
        (#"<svg viewBox=" 0 0 1200.4 630 ">"#, 1200, 630),
        ("<?xml version=\"1.0\"?>\r\n<!-- a > b -->\n<?pi x?>\n<svg\nwidth\n=\n\"8\"\theight=\"9\">", 8, 9),
    ])
    func sizes(text: String, width: Int, height: Int) throws {
        let info = try read(text)
        #expect(info.format == .svg)
        #expect(info.width == width && info.height == height)
    }

    @Test("SVGs without a usable size", arguments: [
        #"<svg/>"#,
        #"<svg width="100%" height="100%">"#,
        #"<svg width="10">"#,
        #"<svg width="5" viewBox="0 0 -5 10">"#,
        #"<svg width="5" viewBox="0 0 10">"#,
        #"<svg width="-5" height="5">"#,
        #"<svg width="auto" height="5">"#,
    ])
    func noSize(text: String) {
        #expect(throws: ImageError.missingSize(.svg)) { try read(text) }
    }

    @Test("Sizes of zero and sizes too large to be meant are refused")
    func zeroAndHugeSizes() {
        #expect(throws: ImageError.emptyImage(.svg, part: "root element", width: 0, height: 5)) {
            try read(#"<svg width="0" height="5">"#)
        }
        #expect(ImageError.emptyImage(.svg, part: "root element", width: 0, height: 5).message == "the SVG's root element gives 0×5 pixels")
        let tooLarge = ImageError.malformed(.svg, detail: "its size is larger than 1000000 pixels in a direction")
        #expect(throws: tooLarge) { try read(#"<svg width="1e7" height="5">"#) }
        #expect(throws: tooLarge) { try read(#"<svg width="1e999" height="5">"#) }
        #expect(throws: tooLarge) { try read(#"<svg viewBox="0 0 1e308 1e308">"#) }
        // Fuzz/Regressions/ImageHeaderFuzzer/empty-width-huge-height: a crash before.
        #expect(throws: tooLarge) { try read(#"<svg width="00" height="3133333333333333333333333333333333333">"#) }
    }

    @Test("Files that are not SVG, or break XML before the size")
    func notSVG() {
        #expect(throws: ImageError.notAnImage(named: .svg)) { try read("width=10 height=10") }
        #expect(throws: ImageError.malformed(.svg, detail: "text stands before its root element, at byte 11")) {
            try read("<!-- c --> x <svg width=\"1\" height=\"1\">")
        }
        #expect(throws: ImageError.malformed(.svg, detail: "its root element is 'svgx', not 'svg'")) {
            try read(#"<svgx width="1" height="1">"#)
        }
        #expect(throws: ImageError.malformed(.svg, detail: "its <svg> attribute 'width' has no value")) {
            try read(#"<svg width height="1">"#)
        }
        #expect(throws: ImageError.truncated(.svg)) { try read("<!DOCTYPE svg [ <!ENTITY a \"]>\"> ") }
    }

    @Test("An SVG under another name is found by its svg element")
    func svgUnderAnotherName() {
        #expect(throws: ImageError.wrongFormat(actual: .svg, named: .webp)) {
            try ImageInfo.read(bytes: Array("\n <svg width=\"1\" height=\"1\"/>".utf8), fileExtension: "webp")
        }
        // XML that is not SVG under another name is no image at all.
        #expect(throws: ImageError.notAnImage(named: .png)) {
            try ImageInfo.read(bytes: Array("<html><svg/></html>".utf8), fileExtension: "png")
        }
    }
}
