extension MarkdownShapeScan {
    /// Records the problem of `shape`, found at `offset`, with the numbers of the block it is in.
    mutating func report(_ shape: MarkdownShapeProblem.Shape, at offset: Int) {
        let (line, column) = position(of: offset)
        let limit = "the limit is \(Self.baseSteps.grouped) steps plus \(Self.stepsPerByte) per byte, \(budget.grouped) for this text"
        let message: String
        let fix: String
        switch shape {
        case .brackets:
            message = "too many open images in one paragraph (\(images.grouped) '![' and \(closers.grouped) ']' so far): "
                + "the Markdown parser's time grows with their product, and this text would take it minutes (\(limit))"
            fix = "split the paragraph with blank lines, or write brackets that are not images or links as \\[ and \\]"
        case .rawHTMLOpeners:
            let count = max(processing.count, cdata.count)
            message = "\(count.grouped) '<?' or '<![CDATA[' without their end in one paragraph: the Markdown parser searches the rest "
                + "of the paragraph for the end of each, and this text would take it minutes (\(limit))"
            fix = "close each '<?' with '?>' and each '<![CDATA[' with ']]>', or write '<' as \\<"
        case .tableCells:
            message = "a table row with \((pipes + 1).grouped) cells: the Markdown parser's time grows with the square of a row's cells, "
                + "and this text would take it minutes (\(limit))"
            fix = "split the table into narrower ones, or write a '|' that is not a cell border as \\|"
        case .emailAutolinks:
            message = "\(ats.grouped) '@' in one line: the e-mail autolinker's time grows with the square of them "
                + "(up to \(Self.maxAutolinkDepth.grouped) per line), and this text would take it minutes (\(limit))"
            fix = "break the line: put e-mail addresses one per line, or in a list"
        case .addedCells:
            message = "a table with \((table?.columns ?? 0).grouped) columns whose short rows would make the Markdown parser add "
                + "more than \(Self.maxAddedCells.grouped) empty cells to the article's tables"
            fix = "give each row all its cells, use fewer columns, or end the table with a blank line before text that is not part of it"
        }
        problem = MarkdownShapeProblem(shape: shape, line: line, column: column, message: message, fix: fix)
    }

    /// Line and column (Unicode scalars) of a byte offset; lines end at LF, CR LF or CR.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        while index < min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}

extension Int {
    /// `1,000,000`
    var grouped: String {
        let digits = String(self.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}
