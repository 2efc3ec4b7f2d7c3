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
            // Written straight into the string's storage: an array first and a string made
            // of it held the page twice (a 10 MB article's HTML three times, with cmark's).
            var marks = 0
            var search = 0
            while search < length, let found = memchr(pointer + search, 2, length - search) {
                marks += 1
                search = pointer.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            let capacity = length + headingIDs.reduce(0) { $0 + $1.utf8.count + 8 } + marks * 24
            return String(unsafeUninitializedCapacity: capacity) { output in
                var written = 0
                func append(_ part: UnsafeBufferPointer<UInt8>) {
                    guard let base = part.baseAddress, !part.isEmpty, let target = output.baseAddress else { return }
                    (target + written).update(from: base, count: part.count)
                    written += part.count
                }
                func append(_ text: String) {
                    var text = text
                    text.withUTF8 { append($0) }
                }
                func endsWith(_ text: StaticString) -> Bool {
                    let count = text.utf8CodeUnitCount
                    guard written >= count else { return false }
                    return text.withUTF8Buffer { $0.elementsEqual(output[(written - count)..<written]) }
                }
                var nextHeading = 0
                var closesFigcaption = false
                var copied = 0
                var index = 0
                // Copies the text between marks in whole runs; only `<` can start a mark.
                while index < length, let found = memchr(pointer + index, Int32(UInt8(ascii: "<")), length - index) {
                    let at = pointer.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if at + 2 < length, bytes[at + 2] == UInt8(ascii: ">"), bytes[at + 1] == 1 || bytes[at + 1] == 2 {
                        append(UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                        if bytes[at + 1] == 1, endsWith(">"), nextHeading < headingIDs.count {
                            written -= 1
                            append(" id=\"\(headingIDs[nextHeading])\">")
                            nextHeading += 1
                        } else if bytes[at + 1] == 2, endsWith("<p>") {
                            written -= 3
                            append("<figcaption>")
                            closesFigcaption = true
                        }
                        index = at + 3
                        copied = index
                    } else if closesFigcaption, bytes[at..<min(length, at + 4)].elementsEqual("</p>".utf8) {
                        append(UnsafeBufferPointer(rebasing: bytes[copied..<at]))
                        append("</figcaption>")
                        closesFigcaption = false
                        index = at + 4
                        copied = index
                    } else {
                        index = at + 1
                    }
                }
                append(UnsafeBufferPointer(rebasing: bytes[copied..<length]))
                return written
            }
        }
    }
}
