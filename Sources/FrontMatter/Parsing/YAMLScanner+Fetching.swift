extension YAMLScanner {
    // The fetchers of PyYAML's scanner, one per kind of token.

    mutating func fetchStreamEnd() throws(SyntaxError) {
        unwindIndent(to: -1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        removeAllPossibleSimpleKeys()
        append(.streamEnd, from: index, to: index)
        isDone = true
    }

    mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) throws(SyntaxError) {
        unwindIndent(to: -1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        append(kind, from: index, to: index + 3)
        index += 3
    }

    mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) throws(SyntaxError) {
        try savePossibleSimpleKey()
        flowLevel += 1
        flowOpeners.append(index)
        allowSimpleKey = true
        append(kind, from: index, to: index + 1)
        index += 1
    }

    mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind) throws(SyntaxError) {
        guard flowLevel > 0 else {
            let bracket = kind == .flowSequenceEnd ? "]" : "}"
            let opener = kind == .flowSequenceEnd ? "[" : "{"
            throw SyntaxError(
                offset: index,
                message: "'\(bracket)' closes nothing: no '\(opener)' is open",
                fix: "remove it, or put the value in quotes if '\(bracket)' belongs to the text")
        }
        try removePossibleSimpleKey()
        flowLevel -= 1
        _ = flowOpeners.popLast()
        allowSimpleKey = false
        append(kind, from: index, to: index + 1)
        index += 1
    }

    mutating func fetchFlowEntry() throws(SyntaxError) {
        guard flowLevel > 0 else {
            throw SyntaxError(
                offset: index,
                message: "a value cannot start with ',' ('\(source.snippet(at: index))')",
                fix: "put the value in quotes, or write a list as [a, b]")
        }
        allowSimpleKey = true
        try removePossibleSimpleKey()
        append(.flowEntry, from: index, to: index + 1)
        index += 1
    }

    mutating func fetchBlockEntry() throws(SyntaxError) {
        if flowLevel == 0 {
            guard allowSimpleKey else { throw blockEntryNotAllowedError() }
            if addIndent(column) {
                append(.blockSequenceStart, from: index, to: index)
            }
        } else {
            throw SyntaxError(
                offset: index,
                message: "'- ' list items cannot be used inside '[…]' or '{…}'",
                fix: "separate the items with ',' instead, or put the text in quotes")
        }
        allowSimpleKey = true
        try removePossibleSimpleKey()
        append(.blockEntry, from: index, to: index + 1)
        index += 1
    }

    mutating func fetchValue() throws(SyntaxError) {
        if let key = takePossibleSimpleKey() {
            insertKey(for: key)
            // There cannot be two simple keys one after another.
            allowSimpleKey = false
        } else if flowLevel == 0, !allowSimpleKey {
            throw valueNotAllowedError()
        } else {
            // Without '? ' complex keys, a ':' without a key before it is always an error
            // (PyYAML fails on it later, in the parser).
            throw keylessValueError()
        }
        append(.value, from: index, to: index + 1)
        index += 1
    }

    /// An anchor `&name` or an alias `*name`. As in PyYAML, either may start a simple key,
    /// and a name is ASCII letters, digits, `-` and `_`, followed by a blank or one of
    /// `?:,]}%@` and the backtick.
    mutating func fetchAnchor(_ kind: YAMLToken.Kind) throws(SyntaxError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = index
        index += 1
        while isNameByte(peek()) { index += 1 }
        let indicator = kind == .alias ? "*" : "&"
        let what = kind == .alias ? "alias" : "anchor"
        guard index > start + 1 else {
            throw SyntaxError(
                offset: start,
                message: "the \(what) '\(indicator)' has no name",
                fix: "write a name of letters, digits, '-' and '_' right after '\(indicator)', or put the value in quotes if '\(indicator)' belongs to the text")
        }
        guard isNameEnd(peek()) else {
            var end = index
            while end < bytes.count, !ASCII.isBlankOrEnd(bytes[end]) { end += 1 }
            let written = source.text(from: start, to: end)
            throw SyntaxError(
                offset: start,
                message: "the \(what) name '\(shortened(written))' may only have letters, digits, '-' and '_'",
                fix: "rename it to '\(source.text(from: start, to: index))', or put the value in quotes if '\(indicator)' belongs to the text")
        }
        append(YAMLToken(kind: kind, start: start, end: index, value: source.text(from: start + 1, to: index)))
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || byte == ASCII.minus || byte == ASCII.underscore || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    private func isNameEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case 0, ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn, ASCII.questionMark, ASCII.colon,
             ASCII.comma, ASCII.rightBracket, ASCII.rightBrace, ASCII.percent, ASCII.at, ASCII.backtick:
            return true
        default:
            return false
        }
    }

    /// Reports a tag and skips it. As in PyYAML, it may start a simple key, so what follows
    /// is read as it would be with the tag in place.
    mutating func skipTag() throws(SyntaxError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = index
        index += 1
        while !ASCII.isBlankOrEnd(peek()), !(flowLevel > 0 && ASCII.isFlowIndicator(peek())) { index += 1 }
        let name = source.text(from: start, to: index)
        recordedErrors.append(SyntaxError(
            offset: start,
            message: "tag '\(name)' is not supported",
            fix: "remove the tag; put the value in quotes to keep it as text"))
        // In a flow collection, a tag right before ',' or a closing bracket stands for an
        // empty value; without it, the parser would report a second, confusing error.
        var next = index
        while next < bytes.count, bytes[next] == ASCII.space { next += 1 }
        if flowLevel > 0, next < bytes.count, bytes[next] == ASCII.comma
            || bytes[next] == ASCII.rightBracket || bytes[next] == ASCII.rightBrace {
            append(YAMLToken(kind: .scalar, start: start, end: index, value: "", style: .singleQuoted))
        }
    }

    mutating func skipDirective() {
        let start = index
        let end = source.lineEnd(after: index)
        recordedErrors.append(SyntaxError(
            offset: start,
            message: "directive '\(source.snippet(at: start))' is not supported",
            fix: "remove the line"))
        index = end
    }

    mutating func fetchBlockScalar(folded: Bool) throws(SyntaxError) {
        allowSimpleKey = true
        try removePossibleSimpleKey()
        append(try scanBlockScalar(folded: folded))
    }

    mutating func fetchFlowScalar(double: Bool) throws(SyntaxError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        lastPlainScalar = nil
        append(try scanFlowScalar(double: double))
    }

    mutating func fetchPlain() throws(SyntaxError) {
        try savePossibleSimpleKey()
        // `scanPlain` allows a key again when the scalar ends at the start of a line.
        allowSimpleKey = false
        lastPlainScalar = (index, line)
        append(scanPlain())
    }
}
