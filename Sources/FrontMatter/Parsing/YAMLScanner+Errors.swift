extension YAMLScanner {
    /// The offset of the first non-blank character of the line that holds `offset`.
    func lineContentStart(of offset: Int) -> Int {
        var position = source.lineStarts[source.lineIndex(of: offset)]
        while position < bytes.count, bytes[position] == ASCII.space || bytes[position] == ASCII.tab {
            position += 1
        }
        return position
    }

    /// A `name` at the indentation of a block mapping's keys without a `:` on its line.
    func missingColonError(_ offset: Int) -> SyntaxError {
        let text = source.snippet(at: offset)
        if let fixed = withSpaceAfterColon(lineFrom: offset) {
            return SyntaxError(
                offset: offset,
                message: "'\(text)' stands where a key is expected, but no space follows its ':'",
                fix: "write '\(fixed)', with a space after ':'")
        }
        return SyntaxError(
            offset: offset,
            message: "'\(text)' stands where a key is expected, but no ':' follows it",
            fix: "add ': ' and a value to make it a key, or indent it further to continue the value above")
    }

    /// The line from `offset` with a space after its first `:` that has none, if there is one.
    private func withSpaceAfterColon(lineFrom offset: Int) -> String? {
        let end = source.lineEnd(after: offset)
        var position = offset + 1
        while position + 1 < end {
            if bytes[position] == ASCII.colon, !ASCII.isBlankOrEnd(bytes[position + 1]),
               bytes[position - 1] != ASCII.colon, bytes[position + 1] != ASCII.colon,
               bytes[position + 1] != ASCII.slash {
                return shortened(source.text(from: offset, to: position + 1) + " " + source.text(from: position + 1, to: end))
            }
            position += 1
        }
        return nil
    }

    /// A `:` with no key before it: in a flow collection opened on an earlier line, most
    /// likely a missing closing bracket.
    func keylessValueError() -> SyntaxError {
        if let opener = flowOpeners.last, source.lineIndex(of: opener) < source.lineIndex(of: index) {
            let isList = bytes[opener] == ASCII.leftBracket
            let (line, column) = source.position(of: opener)
            return SyntaxError(
                offset: opener,
                message: "the \(isList ? "list '['" : "mapping '{'") opened at \(line):\(column) is not closed",
                fix: "add '\(isList ? "]" : "}")' after its last item")
        }
        return SyntaxError(
            offset: index,
            message: "':' has no key before it on the same line",
            fix: "write 'key: value' on one line, or put the text in quotes if ':' belongs to it")
    }

    /// A `:` after a value, in the block context.
    func valueNotAllowedError() -> SyntaxError {
        if let scalar = lastPlainScalar, scalar.line != line {
            let keyStart = lineContentStart(of: index)
            let key = shortened(source.text(from: keyStart, to: index))
            let value = shortened(
                source.text(from: scalar.offset, to: source.lineEnd(after: scalar.offset)))
            if lineContentStart(of: scalar.offset) == scalar.offset {
                let (scalarLine, _) = source.position(of: scalar.offset)
                let fix = withSpaceAfterColon(lineFrom: scalar.offset).map {
                    "write '\($0)' on line \(scalarLine), with a space after ':'"
                } ?? "make line \(scalarLine) a 'key: value' pair, or put its text in quotes"
                return SyntaxError(
                    offset: keyStart,
                    message: "'\(key):' continues the text '\(value)' of line \(scalarLine), which is not a 'key: value' pair",
                    fix: fix)
            }
            return SyntaxError(
                offset: keyStart,
                message: "'\(key):' continues the value '\(value)' from the line above, so it cannot start a key",
                fix: "indent '\(key)' like the other keys of its mapping, or put the value above in quotes if it contains ': '")
        }
        if let scalar = lastPlainScalar {
            let value = source.snippet(at: scalar.offset)
            let quote = value.contains("\"") ? "'" : "\""
            return SyntaxError(
                offset: index,
                message: "the value '\(value)' contains ': ', which starts a key only at the beginning of a line",
                fix: "put the whole value in quotes: \(quote)\(value)\(quote)")
        }
        return SyntaxError(
            offset: index,
            message: "unexpected ':' after the value on this line",
            fix: "put the whole value in quotes, or move what follows to a line of its own")
    }

    /// A `- ` where a block sequence cannot start, such as after `key: `.
    func blockEntryNotAllowedError() -> SyntaxError {
        SyntaxError(
            offset: index,
            message: "a list item '\(source.snippet(at: index))' cannot start in the middle of a line",
            fix: "put each '- ' item on a line of its own, indented under its key, or write the list as [a, b]; put the value in quotes if it is text")
    }

    /// A `? ` complex key, which the subset leaves out.
    func complexKeyError() -> SyntaxError {
        if flowLevel > 0 {
            return SyntaxError(
                offset: index,
                message: "'?' inside '[…]' or '{…}' starts a complex key, which is not supported",
                fix: "put the text in quotes, like \"what?\"")
        }
        return SyntaxError(
            offset: index,
            message: "complex keys ('? ') are not supported",
            fix: "write the key as text followed by ':' on one line, in quotes if needed")
    }

    /// A character that starts no token: a tab, or an indicator that a plain scalar cannot
    /// start with.
    func cannotStartTokenError() -> SyntaxError {
        let byte = peek()
        if byte == ASCII.tab {
            if onlyBlanksBefore(index) {
                return SyntaxError(
                    offset: index,
                    message: "a tab indents this line",
                    fix: "indent with spaces; YAML does not allow tabs for indentation")
            }
            return SyntaxError(
                offset: index,
                message: "a tab separates the text here",
                fix: "replace the tab with a space; tabs are allowed only inside quotes and block text")
        }
        let text = source.snippet(at: index)
        let shown = source.text(from: index, to: index + 1)
        let quote = text.contains("\"") ? "'" : "\""
        return SyntaxError(
            offset: index,
            message: "'\(shown)' cannot start a plain value ('\(text)')",
            fix: "put the value in quotes: \(quote)\(text)\(quote)")
    }

    private func onlyBlanksBefore(_ offset: Int) -> Bool {
        var position = source.lineStarts[source.lineIndex(of: offset)]
        while position < offset {
            if bytes[position] != ASCII.space, bytes[position] != ASCII.tab { return false }
            position += 1
        }
        return true
    }
}
