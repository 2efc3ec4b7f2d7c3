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
    private(set) var possibleSimpleKeys: [SimpleKey] = []
    /// Problems that need no new start: the scanner skips the construct and goes on.
    var recordedErrors: [SyntaxError] = []
    /// Where the last plain scalar started, for the message about a stray ':'.
    var lastPlainScalar: (offset: Int, line: Int)?
    /// The offsets of the open `[` and `{`, innermost last.
    var flowOpeners: [Int] = []
    /// The characters of the current line counted up to `offset`, so that the length limit of
    /// simple keys costs no count per key and token (a count each was quadratic: fuzzing).
    private var counted = (lineStart: -1, offset: 0, scalars: 0)

    /// Where a key without `?` may start, remembered until its `:` shows up.
    struct SimpleKey {
        var level: Int
        var tokenNumber: Int
        var isRequired: Bool
        var offset: Int
        var line: Int
        var column: Int
        /// The column in characters, for the 1024-character limit.
        var characterColumn: Int
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
        // Only a parser that reads past the end finds the queue empty; give it the end again.
        guard head < tokens.count else { return YAMLToken(kind: .streamEnd, start: index, end: index) }
        return tokens[head]
    }

    /// The next token, consumed.
    mutating func nextToken() throws(SyntaxError) -> YAMLToken {
        let token = try peekToken()
        guard head < tokens.count else { return token }
        head += 1
        tokensTaken += 1
        if head > 64, head * 2 > tokens.count {
            tokens.removeFirst(head)
            head = 0
        }
        return token
    }

    private var queuedCount: Int { tokens.count - head }

    /// Adds a token at the end of the queue.
    mutating func append(_ kind: YAMLToken.Kind, from start: Int, to end: Int) {
        tokens.append(YAMLToken(kind: kind, start: start, end: end))
    }

    mutating func append(_ token: YAMLToken) {
        tokens.append(token)
    }

    /// Inserts a KEY token, and a BLOCK-MAPPING-START before it if the key starts a block
    /// mapping, where the simple key at the current flow level started.
    mutating func insertKey(for key: SimpleKey) {
        let insertion = head + key.tokenNumber - tokensTaken
        tokens.insert(YAMLToken(kind: .key, start: key.offset, end: key.offset), at: insertion)
        if flowLevel == 0, addIndent(key.column) {
            tokens.insert(YAMLToken(kind: .blockMappingStart, start: key.offset, end: key.offset), at: insertion)
        }
    }

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
            try fetchAnchor(.alias)
        case ASCII.ampersand:
            try fetchAnchor(.anchor)
        case ASCII.exclamation:
            try skipTag()
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
        possibleSimpleKeys.min { $0.tokenNumber < $1.tokenNumber }?.tokenNumber
    }

    /// The number of characters from the start of the current line to `offset` (not before
    /// the last offset asked for on this line).
    private mutating func characterColumn(at offset: Int) -> Int {
        if counted.lineStart != lineStart || offset < counted.offset {
            counted = (lineStart, lineStart, 0)
        }
        counted.scalars += source.scalarCount(from: counted.offset, to: offset)
        counted.offset = offset
        return counted.scalars
    }

    /// Forgets possible keys that can no longer be keys: a simple key is one line and at most
    /// 1024 characters long.
    mutating func removeStaleSimpleKeys() throws(SyntaxError) {
        // More than 1024 bytes is necessary for more than 1024 characters; count only then.
        let line = line, index = index
        let column = possibleSimpleKeys.contains { $0.line == line && index - $0.offset > 1024 }
            ? characterColumn(at: index) : 0
        func isStale(_ key: SimpleKey) -> Bool {
            key.line != line || (index - key.offset > 1024 && column - key.characterColumn > 1024)
        }
        guard possibleSimpleKeys.contains(where: isStale) else { return }
        if let required = possibleSimpleKeys.first(where: { $0.isRequired && isStale($0) }) {
            throw missingColonError(required.offset)
        }
        possibleSimpleKeys.removeAll(where: isStale)
    }

    mutating func savePossibleSimpleKey() throws(SyntaxError) {
        // A key at the indentation of the current block mapping must be a key.
        let isRequired = flowLevel == 0 && indent == column
        guard allowSimpleKey else { return }
        try removePossibleSimpleKey()
        possibleSimpleKeys.append(SimpleKey(
            level: flowLevel, tokenNumber: tokensTaken + queuedCount, isRequired: isRequired,
            offset: index, line: line, column: column, characterColumn: characterColumn(at: index)))
    }

    /// Removes and returns the possible simple key of the current flow level.
    mutating func takePossibleSimpleKey() -> SimpleKey? {
        guard let position = possibleSimpleKeys.firstIndex(where: { $0.level == flowLevel }) else { return nil }
        return possibleSimpleKeys.remove(at: position)
    }

    /// Forgets everything about simple keys, at the end of the stream.
    mutating func removeAllPossibleSimpleKeys() {
        possibleSimpleKeys = []
    }

    mutating func removePossibleSimpleKey() throws(SyntaxError) {
        guard let position = possibleSimpleKeys.firstIndex(where: { $0.level == flowLevel }) else { return }
        let key = possibleSimpleKeys[position]
        if key.isRequired { throw missingColonError(key.offset) }
        possibleSimpleKeys.remove(at: position)
    }

    // MARK: Indentation

    mutating func unwindIndent(to column: Int) {
        // Indentation means nothing inside [ ] and { }.
        if flowLevel > 0 { return }
        while indent > column {
            indent = indents.popLast() ?? -1
            tokens.append(YAMLToken(kind: .blockEnd, start: index, end: index))
        }
    }

    mutating func addIndent(_ column: Int) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        return true
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
        lastPlainScalar = nil
    }
}
