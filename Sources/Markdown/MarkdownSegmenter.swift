/// Where a long Markdown text can be cut into parts that cmark-gfm parses one after the
/// other, with the same HTML as the whole text gives.
///
/// cmark-gfm keeps the whole syntax tree until it renders: about 8 bytes for each byte of
/// ordinary prose, and up to 300 for text dense with emphasis or line breaks. Parsing a long
/// text in parts of about `Settings.partSize` bounds that tree, so an article's memory stays a
/// small multiple of its size. A cut is made only before a line that starts a new top-level
/// paragraph or heading after a blank line, outside fenced code and the HTML blocks that may
/// hold blank lines: no block, list or quote can span it. Link reference definitions and
/// footnotes apply to the whole document, so a text with `]:` or `[^` is not cut at all.
struct MarkdownSegmenter {
    struct Settings: Sendable {
        /// Texts up to this size are parsed whole.
        var wholeTextSize = 256 << 10
        /// The size a part grows to before the next possible cut ends it.
        var partSize = 64 << 10

        static let standard = Settings()
    }

    /// The byte offsets where parts start after the first (empty: parse the text whole).
    static func cuts(in text: String, settings: Settings = .standard) -> [Int] {
        guard text.utf8.count > settings.wholeTextSize else { return [] }
        // The text as cmark sees it: control characters become spaces (`<script\u{2}` opens
        // an HTML block), one byte for one, so the offsets stay those of `text`.
        var copy = MarkdownParser.replacingControlCharacters(in: text)
        return copy.withUTF8 { bytes in
            guard !contains("]:", in: bytes), !contains("[^", in: bytes) else { return [] }
            var scanner = MarkdownSegmenter(bytes: bytes)
            return scanner.cuts(partSize: settings.partSize)
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The fence character and length of an open top-level code fence.
    private var fence: (character: UInt8, length: Int)?
    /// The end of an open HTML block that may hold blank lines (`</pre>`, `-->`, …).
    private var htmlEnd: [UInt8]?
    /// Set after a line that cmark versions read differently, or that the cut finder cannot
    /// place with certainty: no cut follows it.
    private var isUncertain = false
    /// Whether the lines since the last blank one may be an HTML block of types 6 or 7 (`<div`,
    /// a lone tag), in which a fence or another HTML block opens nothing.
    private var mayBeRawHTML = false

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private static func contains(_ pair: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = pair.utf8Start[0], second = pair.utf8Start[1]
        guard bytes.count > 1 else { return false }
        for index in 0..<(bytes.count - 1) where bytes[index] == first && bytes[index + 1] == second { return true }
        return false
    }

    private mutating func cuts(partSize: Int) -> [Int] {
        var result: [Int] = []
        var partStart = 0
        var previousWasBlank = false
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if fence == nil, htmlEnd == nil, !isUncertain, previousWasBlank, lineStart - partStart >= partSize, Self.startsParagraph(line) {
                result.append(lineStart)
                partStart = lineStart
            }
            track(line, isBlank: isBlank)
            previousWasBlank = isBlank
            lineStart = lineEnd + (lineEnd + 1 < bytes.count && bytes[lineEnd] == 0x0D && bytes[lineEnd + 1] == 0x0A ? 2 : 1)
        }
        return result
    }

    /// A line that can only start a top-level paragraph (or heading) after a blank line: it
    /// begins, unindented, with a letter, a digit that starts no ordered list, or `#`.
    static func startsParagraph(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return false }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "#"):
            return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let afterDigits = line.firstIndex { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") }
            guard let afterDigits else { return true }
            return line[afterDigits] != UInt8(ascii: ".") && line[afterDigits] != UInt8(ascii: ")")
        case 0xC2...0xF4:
            return true
        default:
            return false
        }
    }

    /// Follows the top-level fenced code blocks and HTML blocks of types 1 to 5, whose
    /// content may have blank lines and unindented text.
    private mutating func track(_ line: UnsafeBufferPointer<UInt8>, isBlank: Bool) {
        var indent = 0
        while indent < line.count, line[indent] == 0x20 { indent += 1 }
        let content = UnsafeBufferPointer(rebasing: line[min(indent, line.count)...])
        if let open = fence {
            var length = 0
            while length < content.count, content[length] == open.character { length += 1 }
            if indent <= 3, length >= open.length, content[length...].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { fence = nil }
            return
        }
        if let end = htmlEnd {
            if Self.contains(end, in: line) { htmlEnd = nil }
            return
        }
        if isBlank {
            mayBeRawHTML = false
            return
        }
        guard indent <= 3, let first = content.first else { return }
        if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
            var length = 0
            while length < content.count, content[length] == first { length += 1 }
            // A backtick fence's info string holds no backtick: "```a`b" is a paragraph.
            guard length >= 3, first == UInt8(ascii: "~") || !content[length...].contains(UInt8(ascii: "`")) else { return }
            fence = (first, length)
        } else if first == UInt8(ascii: "<") {
            switch Self.htmlBlock(opening: content) {
            case .noBlock:
                mayBeRawHTML = true
                return
            case .uncertain:
                isUncertain = true
                return
            case .endingWith(let end):
                htmlEnd = Self.contains(end, in: UnsafeBufferPointer(rebasing: content[1...])) ? nil : end
            }
        } else {
            return
        }
        // Indented, the line may open its block inside a list item, which the next unindented
        // line ends; inside an HTML block of type 6 or 7 it opens nothing, and whether there is
        // one would take cmark's reading of tags and paragraphs: where a part may start is then
        // not known.
        if indent > 0 || mayBeRawHTML {
            isUncertain = true
            fence = nil
            htmlEnd = nil
        }
    }

    /// What a line starting with `<` opens of the HTML blocks that may hold blank lines.
    private enum HTMLBlockStart {
        /// None of types 1 to 5.
        case noBlock
        /// One of them, which ends on the line that holds the marker (`</pre>`, `-->`, …).
        case endingWith([UInt8])
        /// One in some cmark versions only: `<textarea` opens a block since CommonMark 0.30,
        /// not in cmark-gfm 0.29; `<!` and a lowercase letter opens a declaration (type 4) in
        /// CommonMark 0.31, and only an uppercase letter does in cmark-gfm 0.29.
        case uncertain
    }

    private static func htmlBlock(opening line: UnsafeBufferPointer<UInt8>) -> HTMLBlockStart {
        let lower = line.prefix(12).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for tag in ["script", "pre", "style", "textarea"] where lower.starts(with: ("<" + tag).utf8) {
            let next = lower.count > tag.utf8.count + 1 ? lower[tag.utf8.count + 1] : 0x20
            // cmark's whitespace here includes the form feed, which the text keeps.
            guard next == 0x20 || next == 0x09 || next == 0x0C || next == UInt8(ascii: ">") else { continue }
            return tag == "textarea" ? .uncertain : .endingWith(Array("</\(tag)>".utf8))
        }
        if line.count > 2, line[1] == UInt8(ascii: "!"), line[2] >= UInt8(ascii: "a"), line[2] <= UInt8(ascii: "z") {
            return .uncertain
        }
        if lower.starts(with: "<!--".utf8) { return .endingWith(Array("-->".utf8)) }
        if lower.starts(with: "<?".utf8) { return .endingWith(Array("?>".utf8)) }
        if lower.starts(with: "<![cdata[".utf8) { return .endingWith(Array("]]>".utf8)) }
        if line.count > 2, line[1] == UInt8(ascii: "!"), line[2] >= UInt8(ascii: "A"), line[2] <= UInt8(ascii: "Z") {
            return .endingWith(Array(">".utf8))
        }
        return .noBlock
    }

    /// Whether `line` holds `marker`, ignoring ASCII case.
    private static func contains(_ marker: [UInt8], in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count >= marker.count else { return false }
        for start in 0...(line.count - marker.count) {
            var matches = true
            for offset in 0..<marker.count {
                let byte = line[start + offset]
                if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != marker[offset] {
                    matches = false
                    break
                }
            }
            if matches { return true }
        }
        return false
    }
}
