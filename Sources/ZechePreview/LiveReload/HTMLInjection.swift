/// Puts the live-reload `<script>` element into an HTML page.
enum HTMLInjection {
    /// `html` with `element` inserted right before the last `</body>` (matched without regard to
    /// case), or appended when the page has no `</body>`.
    static func inject(_ element: [UInt8], into html: [UInt8]) -> [UInt8] {
        let position = lastBodyEndTag(in: html) ?? html.count
        var result: [UInt8] = []
        result.reserveCapacity(html.count + element.count)
        result += html[..<position]
        result += element
        result += html[position...]
        return result
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
