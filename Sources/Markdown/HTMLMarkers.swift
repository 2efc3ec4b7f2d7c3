#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Marks that the tree carries into cmark's HTML and that `resolve` turns into attributes.
///
/// cmark has no way to add an attribute to a heading, so each heading gets an inline custom
/// node that renders `<\u{1}>` right after `<hN>`; the attribution paragraph of a quote gets
/// `<\u{2}>` right after its `<p>`. Neither can come from the document: text renders `<` as
/// `&lt;`, and `<` followed by a control character is not an HTML tag, so raw HTML cannot
/// produce it either.
enum HTMLMarkers {
    static let headingID = "<\u{1}>"
    static let figcaption = "<\u{2}>"

    /// The HTML with every heading mark replaced by ` id="…"` on its `<hN>` tag (ids in
    /// document order) and every attribution paragraph turned into a `<figcaption>`.
    static func resolve(_ rendered: UnsafeMutablePointer<CChar>, headingIDs: [String]) -> String {
        let length = strlen(rendered)
        return rendered.withMemoryRebound(to: UInt8.self, capacity: length) { pointer in
            let bytes = UnsafeBufferPointer(start: pointer, count: length)
            // memchr, not `contains` and `firstIndex`: the generic versions are slow in a debug
            // build, where a 50 MB article spent seconds here.
            guard memchr(pointer, 1, length) != nil || memchr(pointer, 2, length) != nil else {
                return String(decoding: bytes, as: UTF8.self)
            }
            var output: [UInt8] = []
            output.reserveCapacity(length + headingIDs.count * 24)
            var nextHeading = 0
            var closesFigcaption = false
            var copied = 0
            var index = 0
            // Copies the text between marks in whole runs; only `<` can start a mark.
            while index < length, let found = memchr(pointer + index, Int32(UInt8(ascii: "<")), length - index) {
                let at = pointer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if at + 2 < length, bytes[at + 2] == UInt8(ascii: ">"), bytes[at + 1] == 1 || bytes[at + 1] == 2 {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                    if bytes[at + 1] == 1, output.last == UInt8(ascii: ">"), nextHeading < headingIDs.count {
                        output.removeLast()
                        output.append(contentsOf: " id=\"\(headingIDs[nextHeading])\">".utf8)
                        nextHeading += 1
                    } else if bytes[at + 1] == 2, output.suffix(3).elementsEqual("<p>".utf8) {
                        output.removeLast(3)
                        output.append(contentsOf: "<figcaption>".utf8)
                        closesFigcaption = true
                    }
                    index = at + 3
                    copied = index
                } else if closesFigcaption, bytes[at..<min(length, at + 4)].elementsEqual("</p>".utf8) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                    output.append(contentsOf: "</figcaption>".utf8)
                    closesFigcaption = false
                    index = at + 4
                    copied = index
                } else {
                    index = at + 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<length]))
            return String(decoding: output, as: UTF8.self)
        }
    }
}
