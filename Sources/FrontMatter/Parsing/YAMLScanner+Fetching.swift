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

    mutating func fetchAlias() throws(SyntaxError) {
        // Like an anchor, an alias may start a simple key.
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = index
        skipName(isTag: false)
        let name = source.text(from: start, to: index)
        recordedErrors.append(SyntaxError(
            offset: start,
            message: "alias '\(name)' is not supported",
            fix: "write out the data it refers to, or put the value in quotes if '*' belongs to the text"))
        // Go on as if an empty value stood here, so later lines are still checked.
        append(YAMLToken(kind: .scalar, start: start, end: index, value: "", style: .singleQuoted))
    }

    /// Reports an anchor or a tag and skips it. As in PyYAML, it may start a simple key, so
    /// what follows is read as it would be with the anchor or tag in place.
    mutating func skipAnchorOrTag(isAnchor: Bool) throws(SyntaxError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = index
        skipName(isTag: !isAnchor)
        let name = source.text(from: start, to: index)
        if isAnchor {
            recordedErrors.append(SyntaxError(
                offset: start,
                message: "anchor '\(name)' is not supported",
                fix: "remove '\(name)' and repeat the data where it is needed"))
        } else {
            recordedErrors.append(SyntaxError(
                offset: start,
                message: "tag '\(name)' is not supported",
                fix: "remove the tag; put the value in quotes to keep it as text"))
        }
        // In a flow collection, an anchor or tag right before ',' or a closing bracket stands
        // for an empty value; without it, the parser would report a second, confusing error.
        var next = index
        while next < bytes.count, bytes[next] == ASCII.space { next += 1 }
        if flowLevel > 0, next < bytes.count, bytes[next] == ASCII.comma
            || bytes[next] == ASCII.rightBracket || bytes[next] == ASCII.rightBrace {
            append(YAMLToken(kind: .scalar, start: start, end: index, value: "", style: .singleQuoted))
        }
    }

    /// Skips the indicator and name of an anchor or alias (letters, digits, `-` and `_`, as
    /// PyYAML reads them) or of a tag (everything up to a blank, or a flow indicator in flow).
    mutating func skipName(isTag: Bool) {
        index += 1
        while true {
            let byte = peek()
            if ASCII.isBlankOrEnd(byte) || (flowLevel > 0 && ASCII.isFlowIndicator(byte)) { return }
            if !isTag, !(ASCII.isDigit(byte) || byte == ASCII.minus || byte == ASCII.underscore
                          || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)) { return }
            index += 1
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
