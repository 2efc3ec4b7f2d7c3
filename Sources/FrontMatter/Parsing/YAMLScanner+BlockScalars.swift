extension YAMLScanner {
    /// Scans a literal (`|`) or folded (`>`) block scalar with its chomping and indentation
    /// indicators, following PyYAML's folding.
    mutating func scanBlockScalar(folded: Bool) throws(SyntaxError) -> YAMLToken {
        let start = index
        index += 1
        var keepsTrailingBreaks: Bool?
        var increment: Int?
        var byte = peek()
        if byte == ASCII.plus || byte == ASCII.minus {
            keepsTrailingBreaks = byte == ASCII.plus
            index += 1
            byte = peek()
            if ASCII.isDigit(byte) {
                increment = try indentationIndicator(byte, start: start)
                index += 1
            }
        } else if ASCII.isDigit(byte) {
            increment = try indentationIndicator(byte, start: start)
            index += 1
            byte = peek()
            if byte == ASCII.plus || byte == ASCII.minus {
                keepsTrailingBreaks = byte == ASCII.plus
                index += 1
            }
        }
        byte = peek()
        guard byte == 0 || byte == ASCII.space || ASCII.isBreak(byte) else {
            let header = source.text(from: start, to: index)
            throw SyntaxError(
                offset: index,
                message: "unexpected '\(source.snippet(at: index, maxLength: 10))' in the block text header '\(header)'",
                fix: "write only '|' or '>', optionally with '-' or '+' and an indentation digit 1-9, then start the text on the next line")
        }
        while peek() == ASCII.space { index += 1 }
        if peek() == ASCII.hash {
            while !ASCII.isBreakOrEnd(peek()) { index += 1 }
        }
        guard ASCII.isBreakOrEnd(peek()) else {
            let marker = folded ? ">" : "|"
            throw SyntaxError(
                offset: index,
                message: "text '\(source.snippet(at: index))' follows '\(marker)' on the same line",
                fix: "start the block text on the next line, indented, or put the value in quotes instead of using '\(marker)'")
        }
        scanLineBreak()

        let minimumIndent = max(indent + 1, 1)
        var blockIndent: Int
        var breaks: Int
        if let increment {
            blockIndent = minimumIndent + increment - 1
            breaks = scanBlockScalarBreaks(blockIndent)
        } else {
            var maximumIndent = 0
            breaks = 0
            while peek() == ASCII.space || ASCII.isBreak(peek()) {
                if peek() == ASCII.space {
                    index += 1
                    maximumIndent = max(maximumIndent, column)
                } else {
                    scanLineBreak()
                    breaks += 1
                }
            }
            blockIndent = max(minimumIndent, maximumIndent)
        }

        var value: [UInt8] = []
        var lineBreak = false
        while column == blockIndent, peek() != 0 {
            value.append(contentsOf: Array(repeating: ASCII.lineFeed, count: breaks))
            let startsWithNonBlank = peek() != ASCII.space && peek() != ASCII.tab
            var length = 0
            while !ASCII.isBreakOrEnd(peek(length)) { length += 1 }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            index += length
            lineBreak = scanLineBreak()
            breaks = scanBlockScalarBreaks(blockIndent)
            guard column == blockIndent, peek() != 0 else { break }
            if folded, lineBreak, startsWithNonBlank, peek() != ASCII.space, peek() != ASCII.tab {
                if breaks == 0 { value.append(ASCII.space) }
            } else if lineBreak {
                value.append(ASCII.lineFeed)
            }
        }
        if keepsTrailingBreaks != false, lineBreak { value.append(ASCII.lineFeed) }
        if keepsTrailingBreaks == true {
            value.append(contentsOf: Array(repeating: ASCII.lineFeed, count: breaks))
        }
        return YAMLToken(
            kind: .scalar, start: start, end: index,
            value: String(decoding: value, as: UTF8.self), style: folded ? .folded : .literal)
    }

    private func indentationIndicator(_ byte: UInt8, start: Int) throws(SyntaxError) -> Int {
        guard byte != ASCII.zero else {
            throw SyntaxError(
                offset: index,
                message: "indentation indicator '0' in '\(source.text(from: start, to: index + 1))' is not allowed",
                fix: "use a digit from 1 to 9, or leave it out to take the indentation of the first line")
        }
        return Int(byte - ASCII.zero)
    }

    /// Skips blank lines and the indentation of a block scalar and counts the line breaks.
    private mutating func scanBlockScalarBreaks(_ blockIndent: Int) -> Int {
        var breaks = 0
        while column < blockIndent, peek() == ASCII.space { index += 1 }
        while ASCII.isBreak(peek()) {
            scanLineBreak()
            breaks += 1
            while column < blockIndent, peek() == ASCII.space { index += 1 }
        }
        return breaks
    }
}
