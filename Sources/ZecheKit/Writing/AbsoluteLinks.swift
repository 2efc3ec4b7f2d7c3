#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the root-relative links of rendered HTML absolute, for feeds read away from the site.
enum AbsoluteLinks {
    /// `href="/x"`, `src="/x"` and `poster="/x"` become `…="https://host/x"`; protocol-relative
    /// `//host` links and everything else stay as they are.
    static func make(_ html: String, origin: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 512)
            let originBytes = Array(origin.utf8)
            var copied = 0
            var index = 0
            // Look for `="/` not followed by another `/`, preceded by one of the attribute names.
            while index + 2 < bytes.count {
                // memchr finds the next `=`; a loop over every byte was slow in debug builds.
                guard let base = bytes.baseAddress,
                      let equals = memchr(base + index, Int32(UInt8(ascii: "=")), bytes.count - index - 2) else { break }
                index = base.distance(to: equals.assumingMemoryBound(to: UInt8.self))
                guard bytes[index + 1] == UInt8(ascii: "\""), bytes[index + 2] == UInt8(ascii: "/"),
                      index + 3 >= bytes.count || bytes[index + 3] != UInt8(ascii: "/"),
                      endsWithLinkAttribute(bytes, before: index)
                else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(index + 2)]))
                output.append(contentsOf: originBytes)
                copied = index + 2
                index += 3
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static let attributes = [" href", " src", " poster"].map { Array($0.utf8) }

    private static func endsWithLinkAttribute(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Bool {
        attributes.contains { name in
            end >= name.count && bytes[(end - name.count)..<end].elementsEqual(name)
        }
    }
}
