#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Escaping for the text formats Zeche writes itself: XML (feeds, sitemap), JSON (JSON Feed,
/// JSON-LD inside `<script>`) and URL query components (share links).
///
/// Each runs once per field of every article, so each works on UTF-8 bytes and copies runs that
/// need no escape in one piece.
package enum Escaping {
    /// Text for XML character data and attribute values. Characters that XML 1.0 forbids
    /// (C0 controls other than tab, newline and return; U+FFFE, U+FFFF) are dropped, since no
    /// escape can represent them.
    package static func xml(_ text: String) -> String {
        transform(text, special: xmlSpecials, xmlEscape)
    }

    /// `xml(text)`, appended to `output`: for files of many entries made as bytes (the sitemap).
    package static func appendXML(_ text: String, to output: inout [UInt8]) {
        transform(text, special: xmlSpecials, into: &output, xmlEscape)
    }

    /// `xml(urlPath(path))`, appended to `output`: the percent-encoded path is ASCII, so only
    /// its `&` needs an entity.
    package static func appendXMLURLPath(_ path: String, to output: inout [UInt8]) {
        transform(path, special: nil, into: &output) { byte, _, _, output in
            if byte == UInt8(ascii: "&") {
                output.append(contentsOf: "&amp;".utf8)
            } else if isKeptInURLPath(byte) {
                output.append(byte)
            } else {
                appendPercentEncoded(byte, to: &output)
            }
            return 1
        }
    }

    private static func xmlEscape(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ output: inout [UInt8]) -> Int {
        switch byte {
        case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
        case UInt8(ascii: "'"): output.append(contentsOf: "&apos;".utf8)
        case 0x09, 0x0A, 0x0D: output.append(byte)
        case ..<0x20: break
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
            return 3
        default: output.append(byte)
        }
        return 1
    }

    /// Percent-encodes everything but the unreserved characters of RFC 3986, for a value in a
    /// URL query (`?url=…&text=…`).
    package static func urlQueryValue(_ text: String) -> String {
        percentEncoded(text) { isUnreserved($0) }
    }

    /// The URL path of a file whose name is taken as it is: every byte but the unreserved
    /// characters of RFC 3986 and `/` is percent-encoded, `%` included (`Foto 1.jpg` →
    /// `Foto%201.jpg`, `Übersicht.svg` → `%C3%9Cbersicht.svg`).
    package static func urlPath(ofFile path: String) -> String {
        percentEncoded(path) { isUnreserved($0) || $0 == UInt8(ascii: "/") }
    }

    /// A URL someone typed (a menu entry, a related link, a website) with every byte that may
    /// not appear in a URL percent-encoded: spaces, `"`, `<`, `>`, `\\`, `^`, `` ` ``, `{`, `|`,
    /// `}`, controls and non-ASCII; `%` too unless two hex digits follow. Reserved characters
    /// keep their meaning. Browsers encode the same way when such a link is followed; the HTML
    /// is then valid, and no value can hold a quote.
    package static func url(_ text: String) -> String {
        transform(text) { byte, bytes, index, output in
            let isEscape = byte == UInt8(ascii: "%") && index + 2 < bytes.count && isHexDigit(bytes[index + 1]) && isHexDigit(bytes[index + 2])
            if isUnreserved(byte) || "!#$&'()*+,/:;=?@[]".utf8.contains(byte) || isEscape {
                output.append(byte)
            } else {
                appendPercentEncoded(byte, to: &output)
            }
            return 1
        }
    }

    /// Percent-encodes bytes that may not appear in a URL path (spaces, non-ASCII, quotes),
    /// keeping `/` and the characters paths commonly hold.
    package static func urlPath(_ path: String) -> String {
        percentEncoded(path, keeping: isKeptInURLPath)
    }

    /// The bytes `urlPath` keeps as they are.
    private static func isKeptInURLPath(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: "&"),
             UInt8(ascii: "+"), UInt8(ascii: "%"), UInt8(ascii: ":"), UInt8(ascii: "@"):
            true
        default:
            isUnreserved(byte)
        }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func percentEncoded(_ text: String, keeping keep: (UInt8) -> Bool) -> String {
        // Most paths and values keep every byte: the text itself, not a copy.
        if text.utf8.allSatisfy(keep) { return text }
        return transform(text) { byte, _, _, output in
            if keep(byte) {
                output.append(byte)
            } else {
                appendPercentEncoded(byte, to: &output)
            }
            return 1
        }
    }

    /// `%` and the byte's two hex digits.
    private static func appendPercentEncoded(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "%"))
        output.append(hexDigits[Int(byte >> 4)])
        output.append(hexDigits[Int(byte & 0x0F)])
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The bytes that `xml` may change: C0 controls, `& < > " '`, and the lead byte of
    /// U+FFFE and U+FFFF; NUL-terminated for `strcspn`, which also stops at a NUL in the text.
    private static let xmlSpecials: [CChar] = (1..<0x20).map { CChar($0) }
        + "&<>\"'".utf8.map { CChar(bitPattern: $0) } + [CChar(bitPattern: 0xEF), 0]

    /// Runs `escape` over the UTF-8 bytes of `text`; it appends what a byte becomes and returns
    /// how many bytes it consumed. Bytes it copies unchanged are ASCII or whole sequences, so
    /// the result is valid UTF-8.
    ///
    /// With `special`, only the bytes in that set (and NUL) go to `escape`; the runs between
    /// them are found by `strcspn` and copied whole. A 50 MB article's feed entries took
    /// seconds in a debug build with a closure call per byte.
    private static func transform(
        _ text: String, special: [CChar]? = nil, _ escape: (UInt8, UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int
    ) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        transform(text, special: special, into: &output, escape)
        return String(decoding: output, as: UTF8.self)
    }

    /// `transform`, appending to `output`.
    private static func transform(
        _ text: String, special: [CChar]?, into output: inout [UInt8], _ escape: (UInt8, UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int
    ) {
        let count = text.utf8.count
        text.withCString { cString in
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: count)
            var index = 0
            guard let special else {
                while index < count {
                    index += escape(bytes[index], bytes, index, &output)
                }
                return
            }
            special.withUnsafeBufferPointer { special in
                guard let set = special.baseAddress else { return }
                while index < count {
                    // Stops at a special byte, at a NUL inside the text, or at the terminating NUL.
                    let run = strcspn(cString + index, set)
                    if run > 0 {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + run)]))
                        index += run
                    }
                    if index < count { index += escape(bytes[index], bytes, index, &output) }
                }
            }
        }
    }
}
