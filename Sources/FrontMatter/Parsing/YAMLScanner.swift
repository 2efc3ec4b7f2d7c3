/// Turns YAML bytes into tokens, following PyYAML's scanner rule for rule so that the subset
/// reads exactly as PyYAML reads it; what is outside the subset becomes an error.
///
/// Columns here are byte columns: a block structure only ever starts after spaces and `- `,
/// so byte and character columns agree wherever indentation is compared.
struct YAMLScanner {
    let source: SourceText
    var bytes: UnsafeBufferPointer<UInt8> { source.bytes }

    var index: Int
    var lineStart: Int
    var line = 0
    var column: Int { index - lineStart }

    var isDone = false
    /// The number of open `[` and `{`; 0 is the block context.
    var flowLevel = 0
    private var tokens: [YAMLToken] = []
    private var head = 0
    private var tokensTaken = 0
    var indent = -1
    private var indents: [Int] = []
    /// Whether a simple key (and in the block context a block collection) may start here.
    var allowSimpleKey = true
    private var possibleSimpleKeys: [SimpleKey] = []
    /// Problems that need no new start: the scanner skips the construct and goes on.
    var recordedErrors: [SyntaxError] = []
    /// Where the last plain scalar started, for the message about a stray ':'.
    var lastPlainScalar: (offset: Int, line: Int)?
    /// The offsets of the open `[` and `{`, innermost last.
    var flowOpeners: [Int] = []

    /// Where a key without `?` may start, remembered until its `:` shows up.
    private struct SimpleKey {
        var level: Int
        var tokenNumber: Int
        var isRequired: Bool
        var offset: Int
        var line: Int
        var column: Int
    }

    init(source: SourceText) {
        self.source = source
        index = source.contentStart
        lineStart = source.contentStart
        tokens.append(YAMLToken(kind: .streamStart, start: index, end: index))
    }

    // MARK: Reading

    @inline(__always) func peek(_ offset: Int = 0) -> UInt8 {
        let position = index + offset
        return position < bytes.count ? bytes[position] : 0
    }

    /// Consumes a line break (CR LF, CR or LF) and reports whether there was one.
    @discardableResult
    mutating func scanLineBreak() -> Bool {
        let byte = peek()
        if byte == ASCII.carriageReturn {
            index += peek(1) == ASCII.lineFeed ? 2 : 1
        } else if byte == ASCII.lineFeed {
            index += 1
        } else {
            return false
        }
        line += 1
        lineStart = index
        return true
    }

    /// Whether a `---` or `...` line marker starts at the current position.
    func isDocumentSeparator() -> Bool {
        guard column == 0 else { return false }
        let first = peek()
        guard first == ASCII.minus || first == ASCII.dot else { return false }
        return peek(1) == first && peek(2) == first && ASCII.isBlankOrEnd(peek(3))
    }

    // MARK: Tokens

    /// The next token without consuming it.
    mutating func peekToken() throws(SyntaxError) -> YAMLToken {
        while try needsMoreTokens() { try fetchMoreTokens() }
        return tokens[head]
    }

    /// The next token, consumed.
    mutating func nextToken() throws(SyntaxError) -> YAMLToken {
        let token = try peekToken()
        head += 1
        tokensTaken += 1
        if head > 64, head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
        return token
    }

    private var queuedCount: Int { tokens.count - head }

    private mutating func needsMoreTokens() throws(SyntaxError) -> Bool {
        if isDone { return false }
        if queuedCount == 0 { return true }
        // The next token may be a simple key whose KEY token is not known yet.
        try removeStaleSimpleKeys()
        return nextPossibleSimpleKey() == tokensTaken
    }

    private mutating func fetchMoreTokens() throws(SyntaxError) {
        scanToNextToken()
        try removeStaleSimpleKeys()
        unwindIndent(to: column)
        let byte = peek()
        switch byte {
        case 0:
            // The end, as NUL bytes in the text are reported before scanning starts.
            try fetchStreamEnd()
        case ASCII.percent where column == 0:
            skipDirective()
        case ASCII.minus where isDocumentSeparator():
            try fetchDocumentIndicator(.documentStart)
        case ASCII.dot where isDocumentSeparator():
            try fetchDocumentIndicator(.documentEnd)
        case ASCII.leftBracket:
            try fetchFlowCollectionStart(.flowSequenceStart)
        case ASCII.leftBrace:
            try fetchFlowCollectionStart(.flowMappingStart)
        case ASCII.rightBracket:
            try fetchFlowCollectionEnd(.flowSequenceEnd)
        case ASCII.rightBrace:
            try fetchFlowCollectionEnd(.flowMappingEnd)
        case ASCII.comma:
            try fetchFlowEntry()
        case ASCII.minus where ASCII.isBlankOrEnd(peek(1)):
            try fetchBlockEntry()
        case ASCII.questionMark where flowLevel > 0 || ASCII.isBlankOrEnd(peek(1)):
            throw complexKeyError()
        case ASCII.colon where flowLevel > 0 || ASCII.isBlankOrEnd(peek(1)):
            try fetchValue()
        case ASCII.asterisk:
            try fetchAlias()
        case ASCII.ampersand:
            try skipAnchorOrTag(isAnchor: true)
        case ASCII.exclamation:
            try skipAnchorOrTag(isAnchor: false)
        case ASCII.verticalBar where flowLevel == 0, ASCII.greaterThan where flowLevel == 0:
            try fetchBlockScalar(folded: byte == ASCII.greaterThan)
        case ASCII.singleQuote, ASCII.doubleQuote:
            try fetchFlowScalar(double: byte == ASCII.doubleQuote)
        default:
            if canStartPlainScalar() {
                try fetchPlain()
            } else {
                throw cannotStartTokenError()
            }
        }
    }

    // MARK: Simple keys

    private func nextPossibleSimpleKey() -> Int? {
        var smallest: Int?
        for key in possibleSimpleKeys where smallest == nil || key.tokenNumber < smallest! {
            smallest = key.tokenNumber
        }
        return smallest
    }

    /// Forgets possible keys that can no longer be keys: a simple key is one line and at most
    /// 1024 characters long.
    private mutating func removeStaleSimpleKeys() throws(SyntaxError) {
        func isStale(_ key: SimpleKey) -> Bool {
            key.line != line
                || (index - key.offset > 1024 && source.scalarCount(from: key.offset, to: index) > 1024)
        }
        guard possibleSimpleKeys.contains(where: isStale) else { return }
        if let required = possibleSimpleKeys.first(where: { $0.isRequired && isStale($0) }) {
            throw missingColonError(required.offset)
        }
        possibleSimpleKeys.removeAll(where: isStale)
    }

    private mutating func savePossibleSimpleKey() throws(SyntaxError) {
        // A key at the indentation of the current block mapping must be a key.
        let isRequired = flowLevel == 0 && indent == column
        guard allowSimpleKey else { return }
        try removePossibleSimpleKey()
        possibleSimpleKeys.append(SimpleKey(
            level: flowLevel, tokenNumber: tokensTaken + queuedCount, isRequired: isRequired,
            offset: index, line: line, column: column))
    }

    private mutating func removePossibleSimpleKey() throws(SyntaxError) {
        guard let position = possibleSimpleKeys.firstIndex(where: { $0.level == flowLevel }) else { return }
        let key = possibleSimpleKeys[position]
        if key.isRequired { throw missingColonError(key.offset) }
        possibleSimpleKeys.remove(at: position)
    }

    // MARK: Indentation

    private mutating func unwindIndent(to column: Int) {
        // Indentation means nothing inside [ ] and { }.
        if flowLevel > 0 { return }
        while indent > column {
            indent = indents.popLast() ?? -1
            tokens.append(YAMLToken(kind: .blockEnd, start: index, end: index))
        }
    }

    private mutating func addIndent(_ column: Int) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        return true
    }

    // MARK: Fetchers

    private mutating func fetchStreamEnd() throws(SyntaxError) {
        unwindIndent(to: -1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        possibleSimpleKeys = []
        tokens.append(YAMLToken(kind: .streamEnd, start: index, end: index))
        isDone = true
    }

    private mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) throws(SyntaxError) {
        unwindIndent(to: -1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        tokens.append(YAMLToken(kind: kind, start: index, end: index + 3))
        index += 3
    }

    private mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) throws(SyntaxError) {
        try savePossibleSimpleKey()
        flowLevel += 1
        flowOpeners.append(index)
        allowSimpleKey = true
        tokens.append(YAMLToken(kind: kind, start: index, end: index + 1))
        index += 1
    }

    private mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind) throws(SyntaxError) {
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
        flowOpeners.removeLast()
        allowSimpleKey = false
        tokens.append(YAMLToken(kind: kind, start: index, end: index + 1))
        index += 1
    }

    private mutating func fetchFlowEntry() throws(SyntaxError) {
        guard flowLevel > 0 else {
            throw SyntaxError(
                offset: index,
                message: "a value cannot start with ',' ('\(source.snippet(at: index))')",
                fix: "put the value in quotes, or write a list as [a, b]")
        }
        allowSimpleKey = true
        try removePossibleSimpleKey()
        tokens.append(YAMLToken(kind: .flowEntry, start: index, end: index + 1))
        index += 1
    }

    private mutating func fetchBlockEntry() throws(SyntaxError) {
        if flowLevel == 0 {
            guard allowSimpleKey else { throw blockEntryNotAllowedError() }
            if addIndent(column) {
                tokens.append(YAMLToken(kind: .blockSequenceStart, start: index, end: index))
            }
        } else {
            throw SyntaxError(
                offset: index,
                message: "'- ' list items cannot be used inside '[…]' or '{…}'",
                fix: "separate the items with ',' instead, or put the text in quotes")
        }
        allowSimpleKey = true
        try removePossibleSimpleKey()
        tokens.append(YAMLToken(kind: .blockEntry, start: index, end: index + 1))
        index += 1
    }

    private mutating func fetchValue() throws(SyntaxError) {
        if let position = possibleSimpleKeys.firstIndex(where: { $0.level == flowLevel }) {
            let key = possibleSimpleKeys.remove(at: position)
            let insertion = head + key.tokenNumber - tokensTaken
            tokens.insert(YAMLToken(kind: .key, start: key.offset, end: key.offset), at: insertion)
            if flowLevel == 0, addIndent(key.column) {
                tokens.insert(
                    YAMLToken(kind: .blockMappingStart, start: key.offset, end: key.offset), at: insertion)
            }
            // There cannot be two simple keys one after another.
            allowSimpleKey = false
        } else if flowLevel == 0, !allowSimpleKey {
            throw valueNotAllowedError()
        } else {
            // Without '? ' complex keys, a ':' without a key before it is always an error
            // (PyYAML fails on it later, in the parser).
            throw keylessValueError()
        }
        tokens.append(YAMLToken(kind: .value, start: index, end: index + 1))
        index += 1
    }

    private mutating func fetchAlias() throws(SyntaxError) {
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
        tokens.append(YAMLToken(kind: .scalar, start: start, end: index, value: "", style: .singleQuoted))
    }

    /// Reports an anchor or a tag and skips it. As in PyYAML, it may start a simple key, so
    /// what follows is read as it would be with the anchor or tag in place.
    private mutating func skipAnchorOrTag(isAnchor: Bool) throws(SyntaxError) {
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
    }

    /// Skips the indicator and name of an anchor or alias (letters, digits, `-` and `_`, as
    /// PyYAML reads them) or of a tag (everything up to a blank, or a flow indicator in flow).
    private mutating func skipName(isTag: Bool) {
        index += 1
        while true {
            let byte = peek()
            if ASCII.isBlankOrEnd(byte) || (flowLevel > 0 && ASCII.isFlowIndicator(byte)) { return }
            if !isTag, !(ASCII.isDigit(byte) || byte == ASCII.minus || byte == ASCII.underscore
                          || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)) { return }
            index += 1
        }
    }

    private mutating func skipDirective() {
        let start = index
        let end = source.lineEnd(after: index)
        recordedErrors.append(SyntaxError(
            offset: start,
            message: "directive '\(source.snippet(at: start))' is not supported",
            fix: "remove the line"))
        index = end
    }

    private mutating func fetchBlockScalar(folded: Bool) throws(SyntaxError) {
        allowSimpleKey = true
        try removePossibleSimpleKey()
        tokens.append(try scanBlockScalar(folded: folded))
    }

    private mutating func fetchFlowScalar(double: Bool) throws(SyntaxError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        lastPlainScalar = nil
        tokens.append(try scanFlowScalar(double: double))
    }

    private mutating func fetchPlain() throws(SyntaxError) {
        try savePossibleSimpleKey()
        // `scanPlain` allows a key again when the scalar ends at the start of a line.
        allowSimpleKey = false
        lastPlainScalar = (index, line)
        tokens.append(scanPlain())
    }

    /// Whether a plain scalar may start here: not with an indicator, except `-`, `?` and `:`
    /// followed by a non-blank (`?` and `:` only in the block context).
    private func canStartPlainScalar() -> Bool {
        let byte = peek()
        switch byte {
        case 0, ASCII.space, ASCII.tab, ASCII.lineFeed, ASCII.carriageReturn,
             ASCII.comma, ASCII.leftBracket, ASCII.rightBracket, ASCII.leftBrace, ASCII.rightBrace,
             ASCII.hash, ASCII.ampersand, ASCII.asterisk, ASCII.exclamation, ASCII.verticalBar,
             ASCII.greaterThan, ASCII.singleQuote, ASCII.doubleQuote, ASCII.percent, ASCII.at,
             ASCII.backtick:
            return false
        case ASCII.minus:
            return !ASCII.isBlankOrEnd(peek(1))
        case ASCII.questionMark, ASCII.colon:
            return !ASCII.isBlankOrEnd(peek(1)) && flowLevel == 0
        default:
            return true
        }
    }

    /// Skips spaces, comments and line breaks up to the next token.
    private mutating func scanToNextToken() {
        while true {
            while peek() == ASCII.space { index += 1 }
            if peek() == ASCII.hash {
                while !ASCII.isBreakOrEnd(peek()) { index += 1 }
            }
            if scanLineBreak() {
                if flowLevel == 0 { allowSimpleKey = true }
            } else {
                return
            }
        }
    }

    // MARK: Starting again

    /// Continues at `offset`, the start of a top-level key line, inside the root block mapping.
    mutating func resume(at offset: Int, lineIndex: Int) {
        index = offset
        lineStart = offset
        line = lineIndex
        isDone = false
        flowLevel = 0
        tokens = []
        head = 0
        indent = 0
        indents = [-1]
        allowSimpleKey = true
        possibleSimpleKeys = []
        flowOpeners = []
    }
}
