/// Splits a template's bytes into text and tag tokens, applying set-delimiter tags as it goes.
///
/// The lexer never stops at a problem: an unclosed tag is reported and lexing resumes at the next
/// opening delimiter, so one pass finds every problem of a file.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var tokens: [Token] = []
    private(set) var errors: [SyntaxError] = []
    /// Every delimiter pair used in the template; tokens refer to them by index.
    private(set) var delimiters: [Delimiters] = [.standard]

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var current: Delimiters { delimiters[delimiters.count - 1] }

    /// The last searches for closing delimiters. Searches only move forward, so a later search for
    /// the same bytes from a start between the two positions has the same answer; without this, a
    /// file of unclosed tags would scan to its end once per tag.
    /// One entry per needle: a triple mustache alternates between `}}}` and `}}`.
    private var lastCloseSearch: [[UInt8]: (from: Int, result: Int?)] = [:]

    private mutating func findClose(_ needle: [UInt8], from start: Int) -> Int? {
        if let last = lastCloseSearch[needle], start >= last.from {
            guard let result = last.result else { return nil }
            if start <= result { return result }
        }
        let result = bytes.firstRange(of: needle, from: start)
        lastCloseSearch[needle] = (start, result)
        return result
    }

    mutating func run() {
        var position = 0
        while position < bytes.count {
            guard let tagStart = bytes.firstRange(of: current.open, from: position) else {
                appendText(position, bytes.count)
                break
            }
            appendText(position, tagStart)
            position = lexTag(at: tagStart)
        }
    }

    private mutating func appendText(_ start: Int, _ end: Int) {
        guard start < end else { return }
        tokens.append(Token(
            kind: .text, start: start, end: end, contentStart: start, contentEnd: end,
            delimiters: delimiters.count - 1))
    }

    /// Lexes the tag whose opening delimiter starts at `start`; returns where lexing goes on.
    private mutating func lexTag(at start: Int) -> Int {
        let delimiters = current
        let afterOpen = start + delimiters.open.count
        guard afterOpen < bytes.count else { return unclosed(at: start, expecting: delimiters.close) }
        let kind: TokenKind
        var contentStart = afterOpen + 1
        switch bytes[afterOpen] {
        case Byte.bang: return lexComment(at: start, contentStart: contentStart)
        case Byte.equals: return lexSetDelimiters(at: start, contentStart: contentStart)
        case Byte.openBrace: return lexTriple(at: start, contentStart: contentStart)
        case Byte.ampersand: kind = .unescaped
        case Byte.hash: kind = .section
        case Byte.caret: kind = .inverted
        case Byte.slash: kind = .close
        case Byte.greaterThan: kind = .partial
        case Byte.lessThan: kind = .parent
        case Byte.dollar: kind = .block
        default:
            kind = .variable
            contentStart = afterOpen
        }
        guard let closeStart = closingDelimiter(delimiters.close, after: contentStart) else {
            return unclosed(at: start, expecting: delimiters.close)
        }
        append(kind, start, closeStart + delimiters.close.count, contentStart, closeStart)
        return closeStart + delimiters.close.count
    }

    /// Where `close` ends the tag whose content starts at `contentStart`, or `nil` when the tag is
    /// unclosed: no closing delimiter, or another opening delimiter comes first.
    private mutating func closingDelimiter(_ close: [UInt8], after contentStart: Int) -> Int? {
        guard let closeStart = findClose(close, from: contentStart) else { return nil }
        if bytes.firstRange(of: current.open, from: contentStart, limit: closeStart) != nil { return nil }
        return closeStart
    }

    private mutating func lexComment(at start: Int, contentStart: Int) -> Int {
        let close = current.close
        guard let closeStart = findClose(close, from: contentStart) else {
            errors.append(SyntaxError(
                offset: start,
                message: "unclosed comment '\(bytes.snippet(start, bytes.count))'; end it with \(current.closeText)"))
            return bytes.count
        }
        append(.comment, start, closeStart + close.count, contentStart, closeStart)
        return closeStart + close.count
    }

    private mutating func lexTriple(at start: Int, contentStart: Int) -> Int {
        let close = [Byte.closeBrace] + current.close
        if let closeStart = closingDelimiter(close, after: contentStart) {
            append(.unescaped, start, closeStart + close.count, contentStart, closeStart)
            return closeStart + close.count
        }
        if let closeStart = closingDelimiter(current.close, after: contentStart) {
            let end = closeStart + current.close.count
            errors.append(SyntaxError(
                offset: start,
                message: "tag '\(bytes.snippet(start, end))' opens with '\(current.openText){' but does not end "
                    + "with '}\(current.closeText)'; write '\(current.openText){\(bytes.string(contentStart, closeStart))}"
                    + "\(current.closeText)'"))
            return end
        }
        return unclosed(at: start, expecting: close)
    }

    private mutating func lexSetDelimiters(at start: Int, contentStart: Int) -> Int {
        let old = current
        guard let closeStart = closingDelimiter(old.close, after: contentStart) else {
            return unclosed(at: start, expecting: [Byte.equals] + old.close)
        }
        let end = closeStart + old.close.count
        let tagText = bytes.snippet(start, end)
        guard closeStart > contentStart, bytes[closeStart - 1] == Byte.equals else {
            let content = bytes.string(contentStart, closeStart)
            errors.append(SyntaxError(
                offset: start,
                message: "set-delimiter tag '\(tagText)' must end with '=\(old.closeText)'; "
                    + "write '\(old.openText)=\(content)=\(old.closeText)'"))
            return end
        }
        let parts = words(contentStart, closeStart - 1)
        guard parts.count == 2 else {
            errors.append(SyntaxError(
                offset: start,
                message: "set-delimiter tag '\(tagText)' needs two delimiters separated by a space, "
                    + "e.g. '\(old.openText)=<% %>=\(old.closeText)'"))
            return end
        }
        for part in parts where part.contains(Byte.equals) {
            errors.append(SyntaxError(
                offset: start,
                message: "delimiter '\(String(decoding: part, as: UTF8.self))' in '\(tagText)' contains '='; "
                    + "choose delimiters without '='"))
            return end
        }
        append(.setDelimiters, start, end, contentStart, closeStart - 1)
        delimiters.append(Delimiters(open: parts[0], close: parts[1]))
        return end
    }

    /// The whitespace-separated words of `start..<end`.
    private func words(_ start: Int, _ end: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var index = start
        while index < end {
            while index < end, Byte.isWhitespace(bytes[index]) { index += 1 }
            let wordStart = index
            while index < end, !Byte.isWhitespace(bytes[index]) { index += 1 }
            if index > wordStart { result.append(Array(bytes[wordStart..<index])) }
        }
        return result
    }

    /// Reports the unclosed tag at `start` and resumes at the next opening delimiter.
    private mutating func unclosed(at start: Int, expecting close: [UInt8]) -> Int {
        let next = bytes.firstRange(of: current.open, from: start + current.open.count) ?? bytes.count
        errors.append(SyntaxError(
            offset: start,
            message: "unclosed tag '\(bytes.snippet(start, next))'; end it with \(String(decoding: close, as: UTF8.self))"))
        return next
    }

    private mutating func append(_ kind: TokenKind, _ start: Int, _ end: Int, _ contentStart: Int, _ contentEnd: Int) {
        tokens.append(Token(
            kind: kind, start: start, end: end, contentStart: contentStart, contentEnd: contentEnd,
            delimiters: delimiters.count - 1))
    }
}
