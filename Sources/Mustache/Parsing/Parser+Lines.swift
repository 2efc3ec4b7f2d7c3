extension Parser {
    /// Decides whether the tag at `index` starts a standalone line, and if so trims the text
    /// around that line.
    ///
    /// A line stands alone when, apart from indentation and its line break, it holds one tag that
    /// may stand alone (the spec's rule), or several adjacent tags that are all parent tags or
    /// blocks inside a parent (the inheritance spec: "a parent's opening and closing tags need not
    /// be on separate lines in order to be standalone").
    mutating func decideStandalone(at index: Int) {
        let first = tokens[index]
        guard first.kind.canStandAlone else { return }
        var lineStart = first.start
        while lineStart > 0, Byte.isIndentation(bytes[lineStart - 1]) { lineStart -= 1 }
        guard lineStart == 0 || bytes[lineStart - 1] == Byte.newline else { return }
        var last = index
        while last + 1 < tokens.count, tokens[last + 1].kind != .text, tokens[last + 1].start == tokens[last].end {
            last += 1
        }
        var lineEnd = tokens[last].end
        while lineEnd < bytes.count, Byte.isIndentation(bytes[lineEnd]) { lineEnd += 1 }
        if lineEnd < bytes.count {
            if bytes[lineEnd] == Byte.newline {
                lineEnd += 1
            } else if bytes[lineEnd] == Byte.carriageReturn, lineEnd + 1 < bytes.count, bytes[lineEnd + 1] == Byte.newline {
                lineEnd += 2
            } else {
                return
            }
        }
        if last > index, !areInheritanceTags(index...last) { return }
        standaloneThrough = last
        standaloneLine = StandaloneLine(start: lineStart, indentEnd: first.start, end: lineEnd)
        if let text = pendingText {
            pendingText = text.start < lineStart ? (text.start, min(text.end, lineStart)) : nil
        }
        resume = lineEnd
    }

    /// Whether every tag in `range` opens or closes a parent, or a block inside a parent.
    private func areInheritanceTags(_ range: ClosedRange<Int>) -> Bool {
        var opened: [Container.Kind] = []
        var closed = 0
        func enclosing() -> Container.Kind? {
            if let kind = opened.last { return kind }
            let index = containers.count - 1 - closed
            return index >= 0 ? containers[index].kind : nil
        }
        for index in range {
            switch tokens[index].kind {
            case .parent:
                opened.append(.parent)
            case .block:
                guard enclosing() == .parent else { return false }
                opened.append(.override)
            case .close:
                guard let kind = enclosing(), kind == .parent || kind == .override else { return false }
                if opened.isEmpty { closed += 1 } else { opened.removeLast() }
            default:
                return false
            }
        }
        return true
    }

    /// Emits the pending text, recording line starts and removing override indentation.
    mutating func flushText() {
        guard let (start, end) = pendingText else { return }
        pendingText = nil
        let live = isLive
        var position = start
        while position < end {
            if lineState != .none {
                position += dedentLength(at: position, end: end)
                if lineState == .start, live { addIndentPoint() }
                lineState = .none
                continue
            }
            var newline = position
            while newline < end, bytes[newline] != Byte.newline { newline += 1 }
            if newline < end {
                if live { appendBytes(position, newline + 1) }
                position = newline + 1
                lineState = .start
            } else {
                if live { appendBytes(position, end) }
                position = end
            }
        }
    }

    /// How many bytes at a line start match the indentation removed from override content.
    func dedentLength(at position: Int, end: Int) -> Int {
        var length = 0
        while length < dedent.count, position + length < end, bytes[position + length] == dedent[length] {
            length += 1
        }
        return length
    }

    /// The indentation of the line starting at `lineStart`, less the override indentation.
    func indentation(ofLineAt lineStart: Int) -> Range<Int> {
        var end = lineStart
        while end < bytes.count, Byte.isIndentation(bytes[end]) { end += 1 }
        return (lineStart + dedentLength(at: lineStart, end: end))..<end
    }

    /// The indentation a block brings: a standalone opening tag takes that of its first content
    /// line ("intrinsic indentation"), an inline one that of its own line.
    func blockIndentation(of token: Token, isStandalone: Bool) -> Range<Int> {
        if isStandalone {
            let next = standaloneLine.end
            return next < bytes.count ? indentation(ofLineAt: next) : next..<next
        }
        var lineStart = token.start
        while lineStart > 0, bytes[lineStart - 1] != Byte.newline { lineStart -= 1 }
        return indentation(ofLineAt: lineStart)
    }

    /// The indentation of a standalone partial or parent tag: its line's leading whitespace.
    func tagIndentation(isStandalone: Bool) -> Range<Int> {
        guard isStandalone else { return 0..<0 }
        let start = standaloneLine.start
        let end = standaloneLine.indentEnd
        return (start + dedentLength(at: start, end: end))..<end
    }
}
