/// Puts the live-reload `<script>` element into an HTML page.
enum HTMLInjection {
    /// `html` with `element` inserted right before the last `</body>` (matched without regard to
    /// case), or appended when the page has no `</body>`.
    static func inject(_ element: [UInt8], into html: [UInt8]) -> [UInt8] {
        Array(parts(injecting: element, into: html, at: position(in: html)).joined())
    }

    /// Where `inject` puts the element: before the last `</body>`, or at the end.
    static func position(in html: [UInt8]) -> Int {
        lastBodyEndTag(in: html) ?? html.count
    }

    /// The page with the element at `position`, as three pieces that share the bytes of
    /// `html` and `element` instead of copying them.
    static func parts(injecting element: [UInt8], into html: [UInt8], at position: Int) -> [ArraySlice<UInt8>] {
        [html[..<position], element[...], html[position...]].filter { !$0.isEmpty }
    }

    private static func lastBodyEndTag(in html: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        guard html.count > tag.count else { return nil }
        var start = html.count - tag.count - 1
        while start >= 0 {
            if matches(tag, in: html, at: start) {
                let next = html[start + tag.count]
                // `</bodyx>` is not the body end tag; `</body >` and `</body\n>` are.
                if next == UInt8(ascii: ">") || next == .space || next == .tab || next == .lineFeed
                    || next == .carriageReturn || next == 0x0C || next == UInt8(ascii: "/") {
                    return start
                }
            }
            start -= 1
        }
        return nil
    }

    private static func matches(_ tag: [UInt8], in html: [UInt8], at start: Int) -> Bool {
        for offset in 0..<tag.count {
            var byte = html[start + offset]
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte += 32 }
            if byte != tag[offset] { return false }
        }
        return true
    }
}
