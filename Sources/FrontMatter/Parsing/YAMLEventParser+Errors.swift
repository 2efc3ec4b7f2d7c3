extension YAMLEventParser {
    /// What the user wrote at a token, for messages.
    private func shown(_ token: YAMLToken) -> String {
        switch token.kind {
        case .streamEnd: "the end of the text"
        case .blockEnd: "a line with less indentation"
        default: "'\(source.snippet(at: token.start))'"
        }
    }

    func secondDocumentError(_ token: YAMLToken) -> SyntaxError {
        if token.kind == .documentStart {
            return SyntaxError(
                offset: token.start,
                message: "a second document starts with '---' here",
                fix: "keep one document: remove this '---' line and merge the keys, or move the second document to a file of its own")
        }
        return SyntaxError(
            offset: token.start,
            message: "\(shown(token)) follows the document end marker '...'",
            fix: "remove the '...' line, or the text after it")
    }

    func nodeContentError(_ token: YAMLToken) -> SyntaxError {
        if let error = textAfterQuoteError(token) { return error }
        switch token.kind {
        case .key:
            return SyntaxError(
                offset: token.start,
                message: "the key \(shown(token)) is at the indentation of the list above, so it is neither a list item nor inside one",
                fix: "indent it further than the '-' to put it inside the list item, or start it with '- '")
        case .flowEntry:
            return SyntaxError(
                offset: token.start,
                message: "unexpected ',' where a value is expected",
                fix: "remove the extra ',', or write null for an empty item")
        case .flowSequenceEnd, .flowMappingEnd:
            return mismatchedBracketError(token)
        case .streamEnd, .documentStart, .documentEnd:
            if let mark = innermostFlowMark { return unclosedError(mark) }
        default:
            break
        }
        return SyntaxError(
            offset: token.start,
            message: "expected a value, but found \(shown(token))",
            fix: "write a value here, or put the text in quotes")
    }

    /// Text on the line of a quoted scalar, right after its closing quote.
    private func textAfterQuoteError(_ token: YAMLToken) -> SyntaxError? {
        guard token.kind == .scalar || token.kind == .key || token.kind == .blockMappingStart,
              let previous = previousToken, previous.kind == .scalar,
              previous.style == .singleQuoted || previous.style == .doubleQuoted,
              previous.end <= token.start,
              source.lineIndex(of: previous.end) == source.lineIndex(of: token.start) else { return nil }
        let quoted = source.quotation(from: previous.start, to: previous.end)
        if previous.end == token.start {
            let isSingle = previous.style == .singleQuoted
            return SyntaxError(
                offset: token.start,
                message: "\(shown(token)) follows the quoted text \(quoted) directly: a quote inside the text ends it",
                fix: isSingle
                    ? "write '' for each ' inside single-quoted text, or use double quotes"
                    : "write \\\" for each \" inside double-quoted text, or use single quotes")
        }
        return SyntaxError(
            offset: token.start,
            message: "\(shown(token)) follows the quoted text \(quoted) on the same line",
            fix: "put all of the text inside the quotes, or move what follows to a line of its own")
    }

    func blockSequenceError(_ token: YAMLToken) -> SyntaxError {
        if let error = textAfterQuoteError(token) { return error }
        let list = marks.last.map { position($0.offset) } ?? "?"
        return SyntaxError(
            offset: token.start,
            message: "\(shown(token)) is at the indentation of the list that starts at \(list), but it is not a list item",
            fix: "start it with '- ', or change its indentation to match the key it belongs to")
    }

    func blockMappingError(_ token: YAMLToken) -> SyntaxError {
        if let error = textAfterQuoteError(token) { return error }
        let column = marks.last.map { source.position(of: $0.offset).column } ?? 1
        switch token.kind {
        case .blockMappingStart:
            var columns = "\(column)"
            if let offset = lastClosedMappingOffset, source.lineIndex(of: offset) < source.lineIndex(of: token.start) {
                let inner = source.position(of: offset).column
                if inner > column { columns += " or \(inner)" }
            }
            return SyntaxError(
                offset: token.start,
                message: "the key \(shown(token)) is not aligned with the other keys of its mapping, which start at column \(column)",
                fix: "indent it to column \(columns) like the keys above it, or nest it under a key that ends with ':'")
        case .blockSequenceStart:
            return SyntaxError(
                offset: token.start,
                message: "the list item \(shown(token)) is not aligned with the keys or list items around it",
                fix: "indent it like the other items of its list, or put it under a key that ends with ':'")
        case .blockEntry:
            return SyntaxError(
                offset: token.start,
                message: "the list item \(shown(token)) does not belong to any key",
                fix: "put the list under a key that ends with ':' and has no value on its line, indented consistently")
        default:
            return SyntaxError(
                offset: token.start,
                message: "\(shown(token)) is not a key and cannot continue the value above",
                fix: "add ': ' after the key, or put a value that spans several lines in quotes (a comment or a closing quote ends a value)")
        }
    }

    /// A missing `,` or closing bracket inside `[…]` or `{…}`.
    func flowCollectionError(_ token: YAMLToken) -> SyntaxError {
        guard let mark = innermostFlowMark else {
            return nodeContentError(token)
        }
        switch token.kind {
        case .streamEnd, .documentStart, .documentEnd:
            return unclosedError(mark)
        case .flowSequenceEnd, .flowMappingEnd:
            return mismatchedBracketError(token)
        default:
            break
        }
        let isList = mark.kind == .flowSequence
        let closer = isList ? "]" : "}"
        let what = isList ? "list" : "mapping"
        let openedOnEarlierLine = source.lineIndex(of: mark.offset) < source.lineIndex(of: token.start)
        let fix = openedOnEarlierLine
            ? "add the missing '\(closer)' at the end of the \(what), or separate its items with ','"
            : "separate the items with ',', and put items that contain ':', ',' or brackets in quotes"
        return SyntaxError(
            offset: token.start,
            message: "expected ',' or '\(closer)' in the \(what) opened at \(position(mark.offset)), but found \(shown(token))",
            fix: fix)
    }

    private func unclosedError(_ mark: Mark) -> SyntaxError {
        let isList = mark.kind == .flowSequence
        return SyntaxError(
            offset: mark.offset,
            message: "the \(isList ? "list '['" : "mapping '{'") opened at \(position(mark.offset)) is not closed",
            fix: "add '\(isList ? "]" : "}")' after its last item")
    }

    private func mismatchedBracketError(_ token: YAMLToken) -> SyntaxError {
        let found = token.kind == .flowSequenceEnd ? "]" : "}"
        guard let mark = innermostFlowMark else {
            return SyntaxError(
                offset: token.start,
                message: "'\(found)' closes nothing",
                fix: "remove it, or put the value in quotes")
        }
        let opener = mark.kind == .flowSequence ? "[" : "{"
        let closer = mark.kind == .flowSequence ? "]" : "}"
        if opener == (found == "]" ? "[" : "{") {
            return SyntaxError(
                offset: token.start,
                message: "expected a value before '\(found)'",
                fix: "remove the ',' before '\(found)', or write a value")
        }
        return SyntaxError(
            offset: token.start,
            message: "'\(found)' does not close the '\(opener)' opened at \(position(mark.offset))",
            fix: "close it with '\(closer)'")
    }
}
