#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds template syntax of other generators in a Markdown body, outside code blocks (whose
/// lines cmark knows) and code spans (matched here as CommonMark matches them: a run of
/// backticks up to the next run of the same length, within a paragraph).
struct TemplateSyntaxScanner {
    private let source: SourceText
    /// Byte ranges of code blocks, in order.
    private let codeBlocks: [Range<Int>]
    /// How far a closing `%}` or `}}` may be from its opening; template syntax is short.
    private static let maxLength = 2_000

    init(source: SourceText, codeBlockLines: [ClosedRange<Int>]) {
        self.source = source
        codeBlocks = codeBlockLines.compactMap { lines in
            guard let start = source.offset(line: lines.lowerBound, byteColumn: 1) else { return nil }
            let end = source.offset(line: lines.upperBound + 1, byteColumn: 1) ?? source.bytes.count
            return start..<max(start, end)
        }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `bytes` may hold template syntax at all: a `{` followed by `{` or `%`.
    static func mayContainTemplateSyntax(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var index = 0
            while index < buffer.count - 1, let found = memchr(base + index, Int32(UInt8(ascii: "{")), buffer.count - 1 - index) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if buffer[at + 1] == UInt8(ascii: "{") || buffer[at + 1] == UInt8(ascii: "%") { return true }
                index = at + 1
            }
            return false
        }
    }

    func scan() -> [TemplateSyntax] {
        let bytes = source.bytes
        var found: [TemplateSyntax] = []
        var block = 0
        var index = 0
        var lastPosition: SourceText.Position?
        while index < bytes.count {
            while block < codeBlocks.count, codeBlocks[block].upperBound <= index { block += 1 }
            if block < codeBlocks.count, codeBlocks[block].contains(index) {
                index = codeBlocks[block].upperBound
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
            } else if byte == UInt8(ascii: "`") {
                index = endOfCodeSpan(at: index, limit: nextCodeBlockStart(block))
            } else if byte == UInt8(ascii: "{"), index + 1 < bytes.count,
                      let (kind, end, inner) = match(at: index, limit: nextCodeBlockStart(block)) {
                let position = source.position(of: index, after: lastPosition)
                lastPosition = position
                found.append(TemplateSyntax(
                    kind: kind, text: Self.shown(Array(bytes[index..<end])), name: Self.name(inner, kind: kind),
                    line: position.line, column: position.column, utf8Range: index..<end, content: Self.content(inner)))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private func nextCodeBlockStart(_ block: Int) -> Int {
        block < codeBlocks.count ? codeBlocks[block].lowerBound : source.bytes.count
    }

    /// The end of the code span that a backtick run at `start` opens, or of the run itself
    /// when nothing closes it.
    private func endOfCodeSpan(at start: Int, limit: Int) -> Int {
        let bytes = source.bytes
        var runEnd = start
        while runEnd < limit, bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let length = runEnd - start
        var index = runEnd
        while index < limit {
            if isBlankLine(at: index) { break }
            if bytes[index] == UInt8(ascii: "`") {
                var closeEnd = index
                while closeEnd < limit, bytes[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
                if closeEnd - index == length { return closeEnd }
                index = closeEnd
            } else {
                index += 1
            }
        }
        return runEnd
    }

    /// Whether a line break at `index` is followed by a line of only spaces and tabs.
    private func isBlankLine(at index: Int) -> Bool {
        let bytes = source.bytes
        guard bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") else { return false }
        var next = index + 1
        if bytes[index] == UInt8(ascii: "\r"), next < bytes.count, bytes[next] == UInt8(ascii: "\n") { next += 1 }
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") { next += 1 }
        return next >= bytes.count || bytes[next] == UInt8(ascii: "\n") || bytes[next] == UInt8(ascii: "\r")
    }

    /// The template syntax that starts at `start` (a `{`): its kind, where it ends, and the
    /// text between its delimiters.
    private func match(at start: Int, limit: Int) -> (TemplateSyntax.Kind, Int, [UInt8])? {
        let bytes = source.bytes
        let second = bytes[start + 1]
        let third = start + 2 < bytes.count ? bytes[start + 2] : 0
        let kind: TemplateSyntax.Kind
        let opener: Int
        let closer: [UInt8]
        if second == UInt8(ascii: "%") {
            (kind, opener, closer) = (.liquidTag, 2, Array("%}".utf8))
        } else if second == UInt8(ascii: "{"), third == UInt8(ascii: "<") {
            (kind, opener, closer) = (.shortcode, 3, Array(">}}".utf8))
        } else if second == UInt8(ascii: "{"), third == UInt8(ascii: "%") {
            (kind, opener, closer) = (.shortcode, 3, Array("%}}".utf8))
        } else if second == UInt8(ascii: "{") {
            (kind, opener, closer) = (.output, 2, Array("}}".utf8))
        } else {
            return nil
        }
        let end = min(limit, start + Self.maxLength)
        var index = start + opener
        while index + closer.count <= end {
            if isBlankLine(at: index) { return nil }
            if bytes[index] == closer[0], bytes[index..<(index + closer.count)].elementsEqual(closer) {
                let inner = Array(bytes[(start + opener)..<index])
                // `{{}}` and `{% %}` with nothing inside are no template syntax.
                guard inner.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }) else { return nil }
                return (kind, index + closer.count, inner)
            }
            index += 1
        }
        return nil
    }

    /// The text between the delimiters without white space and `-` controls at its ends.
    private static func content(_ inner: [UInt8]) -> String {
        // `{%-`, `-%}` and `{{-` only control white space.
        var text = String(decoding: inner, as: UTF8.self).trimmingSpaces
        if text.hasPrefix("-") { text = String(text.dropFirst()).trimmingSpaces }
        if text.hasSuffix("-") { text = String(text.dropLast()).trimmingSpaces }
        return text
    }

    /// The first word of a tag or shortcode (`/figure` for a closing one), or the trimmed
    /// expression of an output.
    private static func name(_ inner: [UInt8], kind: TemplateSyntax.Kind) -> String {
        let text = content(inner)
        guard kind != .output else { return text }
        if text.hasPrefix("/") { return "/" + (String(text.dropFirst()).trimmingSpaces.split(separator: " ").first.map(String.init) ?? "") }
        return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first.map(String.init) ?? ""
    }

    private static func shown(_ bytes: [UInt8]) -> String {
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        let text = String(decoding: firstLine, as: UTF8.self)
        guard text.count > 60 || firstLine.count < bytes.count else { return text }
        return String(text.prefix(59)) + "…"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\n" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\n" { slice = slice.dropLast() }
        return String(slice)
    }
}
