extension YAMLScanner {
    // MARK: Plain scalars

    /// Scans a plain scalar, folding its lines as PyYAML does. In the flow context it also ends
    /// at `,` `?` `[` `]` `{` `}`; in the block context a continuation line must be indented
    /// more than the current block.
    mutating func scanPlain() -> YAMLToken {
        let start = index
        var end = start
        var value: [UInt8] = []
        let minimumIndent = indent + 1
        var spaces: [UInt8] = []
        while true {
            if peek() == ASCII.hash { break }
            var length = 0
            while true {
                let byte = peek(length)
                if ASCII.isBlankOrEnd(byte) { break }
                if byte == ASCII.colon {
                    let next = peek(length + 1)
                    if ASCII.isBlankOrEnd(next) || (flowLevel > 0 && ASCII.isFlowIndicator(next)) { break }
                }
                if flowLevel > 0, ASCII.isFlowIndicator(byte) || byte == ASCII.questionMark { break }
                length += 1
            }
            if length == 0 { break }
            allowSimpleKey = false
            value.append(contentsOf: spaces)
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            index += length
            end = index
            guard let nextSpaces = scanPlainSpaces() else { break }
            spaces = nextSpaces
            if spaces.isEmpty || peek() == ASCII.hash || (flowLevel == 0 && column < minimumIndent) { break }
        }
        return YAMLToken(
            kind: .scalar, start: start, end: end,
            value: String(decoding: value, as: UTF8.self), style: .plain)
    }

    /// The blanks between two parts of a plain scalar, folded: one line break becomes a space,
    /// more keep all but the first. Nil at a document marker, which ends the scalar.
    private mutating func scanPlainSpaces() -> [UInt8]? {
        var length = 0
        while peek(length) == ASCII.space { length += 1 }
        index += length
        guard ASCII.isBreak(peek()) else {
            return Array(repeating: ASCII.space, count: length)
        }
        scanLineBreak()
        allowSimpleKey = true
        if isDocumentSeparator() { return nil }
        var breaks = 0
        while peek() == ASCII.space || ASCII.isBreak(peek()) {
            if peek() == ASCII.space {
                index += 1
            } else {
                scanLineBreak()
                breaks += 1
                if isDocumentSeparator() { return nil }
            }
        }
        return breaks == 0 ? [ASCII.space] : Array(repeating: ASCII.lineFeed, count: breaks)
    }

    // MARK: Quoted scalars

    /// Scans a single- or double-quoted scalar. Like PyYAML, continuation lines need no
    /// indentation; only a document marker or the end of the text is an error.
    mutating func scanFlowScalar(double: Bool) throws(SyntaxError) -> YAMLToken {
        let start = index
        let quote = peek()
        index += 1
        var value: [UInt8] = []
        try scanFlowScalarNonSpaces(double: double, start: start, into: &value)
        while peek() != quote {
            try scanFlowScalarSpaces(double: double, start: start, into: &value)
            try scanFlowScalarNonSpaces(double: double, start: start, into: &value)
        }
        index += 1
        return YAMLToken(
            kind: .scalar, start: start, end: index,
            value: String(decoding: value, as: UTF8.self), style: double ? .doubleQuoted : .singleQuoted)
    }

    private mutating func scanFlowScalarNonSpaces(
        double: Bool, start: Int, into value: inout [UInt8]
    ) throws(SyntaxError) {
        while true {
            var length = 0
            while true {
                let byte = peek(length)
                if byte == ASCII.singleQuote || byte == ASCII.doubleQuote || byte == ASCII.backslash
                    || ASCII.isBlankOrEnd(byte) { break }
                length += 1
            }
            if length > 0 {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
            }
            let byte = peek()
            if !double, byte == ASCII.singleQuote, peek(1) == ASCII.singleQuote {
                value.append(ASCII.singleQuote)
                index += 2
            } else if (double && byte == ASCII.singleQuote)
                        || (!double && (byte == ASCII.doubleQuote || byte == ASCII.backslash)) {
                value.append(byte)
                index += 1
            } else if double, byte == ASCII.backslash {
                index += 1
                try scanEscape(start: start, into: &value)
            } else {
                return
            }
        }
    }

    /// Scans what follows a backslash in a double-quoted scalar.
    private mutating func scanEscape(start: Int, into value: inout [UInt8]) throws(SyntaxError) {
        let byte = peek()
        if let replacement = Self.escapeReplacement(byte) {
            appendScalar(replacement, to: &value)
            index += 1
            return
        }
        let digits: Int
        switch byte {
        case 0x78: digits = 2 // x
        case 0x75: digits = 4 // u
        case 0x55: digits = 8 // U
        default:
            if ASCII.isBreak(byte) {
                scanLineBreak()
                let breaks = try scanFlowScalarBreaks(start: start)
                value.append(contentsOf: Array(repeating: ASCII.lineFeed, count: breaks))
                return
            }
            if byte == 0 { throw unclosedQuoteError(start: start, double: true) }
            let escapeStart = index - 1
            let shown = source.text(from: escapeStart, to: escapeStart + 1 + utf8Length(of: byte))
            throw SyntaxError(
                offset: escapeStart,
                message: "unknown escape '\(shown)' in double-quoted text",
                fix: "write '\\\\' for a backslash, or use single quotes, where '\\' has no special meaning")
        }
        let escapeStart = index - 1
        index += 1
        var code: UInt32 = 0
        for position in 0..<digits {
            let digit = peek(position)
            guard ASCII.isHexDigit(digit) else {
                let shown = source.snippet(at: escapeStart, maxLength: digits + 2)
                throw SyntaxError(
                    offset: escapeStart,
                    message: "escape '\(shown)' needs \(digits) hexadecimal digits",
                    fix: "write \(digits) hexadecimal digits after '\\\(Character(Unicode.Scalar(byte)))'; for a backslash write '\\\\', or use single quotes")
            }
            code = code << 4 | ASCII.hexValue(digit)
        }
        index += digits
        guard let scalar = Unicode.Scalar(code) else {
            let shown = source.text(from: escapeStart, to: index)
            let reason = (0xD800...0xDFFF).contains(code)
                ? "is half of a UTF-16 surrogate pair"
                : "is beyond the last Unicode character U+10FFFF"
            throw SyntaxError(
                offset: escapeStart,
                message: "escape '\(shown)' \(reason)",
                fix: "write the character itself, or its code point as '\\UXXXXXXXX' (like '\\U0001F600')")
        }
        appendScalar(scalar, to: &value)
    }

    private static func escapeReplacement(_ byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x30: "\u{0}"          // 0
        case 0x61: "\u{7}"          // a
        case 0x62: "\u{8}"          // b
        case 0x74, ASCII.tab: "\t"  // t and a literal tab
        case 0x6E: "\n"             // n
        case 0x76: "\u{B}"          // v
        case 0x66: "\u{C}"          // f
        case 0x72: "\r"             // r
        case 0x65: "\u{1B}"         // e
        case ASCII.space: " "
        case ASCII.doubleQuote: "\""
        case ASCII.backslash: "\\"
        case 0x2F: "/"
        case 0x4E: "\u{85}"         // N
        case ASCII.underscore: "\u{A0}"
        case 0x4C: "\u{2028}"       // L
        case 0x50: "\u{2029}"       // P
        default: nil
        }
    }

    private func appendScalar(_ scalar: Unicode.Scalar, to value: inout [UInt8]) {
        UTF8.encode(scalar) { value.append($0) }
    }

    private func utf8Length(of leadByte: UInt8) -> Int {
        if leadByte < 0x80 { return 1 }
        if leadByte >= 0xF0 { return 4 }
        if leadByte >= 0xE0 { return 3 }
        return 2
    }

    private mutating func scanFlowScalarSpaces(
        double: Bool, start: Int, into value: inout [UInt8]
    ) throws(SyntaxError) {
        var length = 0
        while peek(length) == ASCII.space || peek(length) == ASCII.tab { length += 1 }
        let blanks = index
        index += length
        let byte = peek()
        if byte == 0 {
            throw unclosedQuoteError(start: start, double: double)
        } else if ASCII.isBreak(byte) {
            scanLineBreak()
            let breaks = try scanFlowScalarBreaks(start: start)
            if breaks == 0 {
                value.append(ASCII.space)
            } else {
                value.append(contentsOf: Array(repeating: ASCII.lineFeed, count: breaks))
            }
        } else {
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[blanks..<(blanks + length)]))
        }
    }

    /// Skips the blank lines inside a quoted scalar and counts them.
    private mutating func scanFlowScalarBreaks(start: Int) throws(SyntaxError) -> Int {
        var breaks = 0
        while true {
            if isDocumentSeparator() {
                throw unclosedQuoteError(start: start, double: bytes[start] == ASCII.doubleQuote)
            }
            while peek() == ASCII.space || peek() == ASCII.tab { index += 1 }
            guard ASCII.isBreak(peek()) else { return breaks }
            scanLineBreak()
            breaks += 1
        }
    }

    private func unclosedQuoteError(start: Int, double: Bool) -> SyntaxError {
        let (line, column) = source.position(of: start)
        let kind = double ? "double-quoted" : "single-quoted"
        let quote = double ? "\"" : "'"
        return SyntaxError(
            offset: start,
            message: "\(kind) text opened at \(line):\(column) is not closed",
            fix: "add the closing \(quote) at the end of the text")
    }
}
