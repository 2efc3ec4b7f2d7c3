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
            guard bytes.contains(1) || bytes.contains(2) else { return String(decoding: bytes, as: UTF8.self) }
            var output: [UInt8] = []
            output.reserveCapacity(length + headingIDs.count * 24)
            var nextHeading = 0
            var closesFigcaption = false
            var index = 0
            while index < length {
                let byte = bytes[index]
                if byte == UInt8(ascii: "<"), index + 2 < length, bytes[index + 2] == UInt8(ascii: ">"),
                   bytes[index + 1] == 1 || bytes[index + 1] == 2 {
                    if bytes[index + 1] == 1, output.last == UInt8(ascii: ">"), nextHeading < headingIDs.count {
                        output.removeLast()
                        output.append(contentsOf: " id=\"\(headingIDs[nextHeading])\">".utf8)
                        nextHeading += 1
                    } else if bytes[index + 1] == 2, output.suffix(3).elementsEqual("<p>".utf8) {
                        output.removeLast(3)
                        output.append(contentsOf: "<figcaption>".utf8)
                        closesFigcaption = true
                    }
                    index += 3
                    continue
                }
                if closesFigcaption, byte == UInt8(ascii: "<"), bytes[index..<min(length, index + 4)].elementsEqual("</p>".utf8) {
                    output.append(contentsOf: "</figcaption>".utf8)
                    closesFigcaption = false
                    index += 4
                    continue
                }
                output.append(byte)
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
