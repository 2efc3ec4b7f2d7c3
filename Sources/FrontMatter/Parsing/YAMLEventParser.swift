/// Turns tokens into events with an explicit stack of states (PyYAML's parser, state for state),
/// so that deep nesting never deepens the call stack.
struct YAMLEventParser {
    var scanner: YAMLScanner
    var state: State? = .streamStart
    var states: [State] = []
    /// The open collections, innermost last, for messages about unclosed brackets.
    var marks: [Mark] = []
    private var documentCount = 0
    /// The last token taken, for messages about text after a closing quote.
    private(set) var previousToken: YAMLToken?
    /// Where the keys of the last block mapping that ended started, for messages about
    /// misaligned keys.
    private(set) var lastClosedMappingOffset: Int?

    enum State {
        case streamStart, implicitDocumentStart, documentStart, documentEnd, documentContent
        case blockNode, blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry
        case flowSequenceEntryMappingKey, flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue
    }

    struct Mark {
        enum Kind { case blockSequence, blockMapping, flowSequence, flowMapping }
        var offset: Int
        var kind: Kind
    }

    init(scanner: YAMLScanner) {
        self.scanner = scanner
    }

    var source: SourceText { scanner.source }

    /// The next event, or nil after the end of the stream.
    mutating func nextEvent() throws(SyntaxError) -> YAMLEvent? {
        guard let state else { return nil }
        switch state {
        case .streamStart:
            _ = try take()
            self.state = .implicitDocumentStart
            return .streamStart
        case .implicitDocumentStart:
            let token = try scanner.peekToken()
            switch token.kind {
            case .documentStart, .streamEnd:
                return try parseDocumentStart()
            default:
                documentCount += 1
                states.append(.documentEnd)
                self.state = .blockNode
                return .documentStart(offset: token.start)
            }
        case .documentStart:
            return try parseDocumentStart()
        case .documentEnd:
            if try scanner.peekToken().kind == .documentEnd { _ = try take() }
            self.state = .documentStart
            return .documentEnd
        case .documentContent:
            let token = try scanner.peekToken()
            switch token.kind {
            case .documentStart, .documentEnd, .streamEnd:
                self.state = states.popLast()
                return emptyScalar(at: token.start)
            default:
                return try parseNode(block: true, indentlessSequence: false)
            }
        case .blockNode:
            return try parseNode(block: true, indentlessSequence: false)
        case .blockSequenceFirstEntry:
            let token = try take()
            marks.append(Mark(offset: token.start, kind: .blockSequence))
            return try parseBlockSequenceEntry()
        case .blockSequenceEntry:
            return try parseBlockSequenceEntry()
        case .indentlessSequenceEntry:
            return try parseIndentlessSequenceEntry()
        case .blockMappingFirstKey:
            let token = try take()
            marks.append(Mark(offset: token.start, kind: .blockMapping))
            return try parseBlockMappingKey()
        case .blockMappingKey:
            return try parseBlockMappingKey()
        case .blockMappingValue:
            return try parseBlockMappingValue()
        case .flowSequenceFirstEntry:
            return try parseFlowSequenceFirstEntry()
        case .flowSequenceEntry:
            return try parseFlowSequenceEntry(isFirst: false)
        case .flowSequenceEntryMappingKey:
            return try parseFlowSequenceEntryMappingKey()
        case .flowSequenceEntryMappingValue:
            return try parseFlowSequenceEntryMappingValue()
        case .flowSequenceEntryMappingEnd:
            self.state = .flowSequenceEntry
            return .mappingEnd
        case .flowMappingFirstKey:
            return try parseFlowMappingFirstKey()
        case .flowMappingKey:
            return try parseFlowMappingKey(isFirst: false)
        case .flowMappingValue:
            return try parseFlowMappingValue()
        case .flowMappingEmptyValue:
            self.state = .flowMappingKey
            return emptyScalar(at: try scanner.peekToken().start)
        }
    }

    mutating func take() throws(SyntaxError) -> YAMLToken {
        let token = try scanner.nextToken()
        previousToken = token
        return token
    }

    func emptyScalar(at offset: Int) -> YAMLEvent {
        .scalar(YAMLToken(kind: .scalar, start: offset, end: offset), anchor: nil)
    }

    private mutating func parseDocumentStart() throws(SyntaxError) -> YAMLEvent {
        while try scanner.peekToken().kind == .documentEnd { _ = try take() }
        let token = try scanner.peekToken()
        if token.kind == .streamEnd {
            _ = try take()
            state = nil
            return .streamEnd
        }
        guard documentCount == 0, token.kind == .documentStart else {
            throw secondDocumentError(token)
        }
        documentCount += 1
        _ = try take()
        states.append(.documentEnd)
        state = .documentContent
        return .documentStart(offset: token.start)
    }

    mutating func parseNode(block: Bool, indentlessSequence: Bool) throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if token.kind == .alias {
            _ = try take()
            state = states.popLast()
            return .alias(token)
        }
        var anchor: YAMLToken?
        if token.kind == .anchor {
            anchor = try take()
            token = try scanner.peekToken()
        }
        if indentlessSequence, token.kind == .blockEntry {
            state = .indentlessSequenceEntry
            return .sequenceStart(offset: token.start, isFlow: false, anchor: anchor)
        }
        switch token.kind {
        case .scalar:
            _ = try take()
            state = states.popLast()
            return .scalar(token, anchor: anchor)
        case .flowSequenceStart:
            state = .flowSequenceFirstEntry
            return .sequenceStart(offset: token.start, isFlow: true, anchor: anchor)
        case .flowMappingStart:
            state = .flowMappingFirstKey
            return .mappingStart(offset: token.start, isFlow: true, anchor: anchor)
        case .blockSequenceStart where block:
            state = .blockSequenceFirstEntry
            return .sequenceStart(offset: token.start, isFlow: false, anchor: anchor)
        case .blockMappingStart where block:
            state = .blockMappingFirstKey
            return .mappingStart(offset: token.start, isFlow: false, anchor: anchor)
        default:
            // As in PyYAML, an anchor with nothing after it anchors an empty value.
            if let anchor {
                state = states.popLast()
                return .scalar(YAMLToken(kind: .scalar, start: anchor.start, end: anchor.start), anchor: anchor)
            }
            throw nodeContentError(token)
        }
    }

    private mutating func parseBlockSequenceEntry() throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if token.kind == .blockEntry {
            token = try take()
            switch try scanner.peekToken().kind {
            case .blockEntry, .blockEnd:
                state = .blockSequenceEntry
                return emptyScalar(at: token.end)
            default:
                states.append(.blockSequenceEntry)
                return try parseNode(block: true, indentlessSequence: false)
            }
        }
        guard token.kind == .blockEnd else { throw blockSequenceError(token) }
        _ = try take()
        state = states.popLast()
        _ = marks.popLast()
        return .sequenceEnd
    }

    private mutating func parseIndentlessSequenceEntry() throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if token.kind == .blockEntry {
            token = try take()
            switch try scanner.peekToken().kind {
            case .blockEntry, .key, .value, .blockEnd:
                state = .indentlessSequenceEntry
                return emptyScalar(at: token.end)
            default:
                states.append(.indentlessSequenceEntry)
                return try parseNode(block: true, indentlessSequence: false)
            }
        }
        state = states.popLast()
        return .sequenceEnd
    }

    private mutating func parseBlockMappingKey() throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if token.kind == .key {
            token = try take()
            switch try scanner.peekToken().kind {
            case .key, .value, .blockEnd:
                state = .blockMappingValue
                return emptyScalar(at: token.end)
            default:
                states.append(.blockMappingValue)
                return try parseNode(block: true, indentlessSequence: true)
            }
        }
        guard token.kind == .blockEnd else { throw blockMappingError(token) }
        _ = try take()
        state = states.popLast()
        lastClosedMappingOffset = marks.popLast()?.offset
        return .mappingEnd
    }

    private mutating func parseBlockMappingValue() throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        guard token.kind == .value else {
            state = .blockMappingKey
            return emptyScalar(at: token.start)
        }
        token = try take()
        switch try scanner.peekToken().kind {
        case .key, .value, .blockEnd:
            state = .blockMappingKey
            return emptyScalar(at: token.end)
        default:
            states.append(.blockMappingKey)
            return try parseNode(block: true, indentlessSequence: true)
        }
    }

    // MARK: Starting again

    /// Whether the document's root is a block mapping at column 1 that is still open, so that
    /// parsing can start again at a later top-level key.
    var canResumeInRootMapping: Bool {
        guard let root = marks.first, root.kind == .blockMapping, states.first == .documentEnd else {
            return false
        }
        return source.position(of: root.offset).column == 1
    }

    /// Continues at the top-level key line at `offset`, dropping all open inner collections.
    mutating func resumeInRootMapping(at offset: Int, lineIndex: Int) {
        scanner.resume(at: offset, lineIndex: lineIndex)
        previousToken = nil
        marks.removeLast(marks.count - 1)
        states = [.documentEnd]
        state = .blockMappingKey
    }

    // MARK: Errors

    /// The innermost open `[` or `{`.
    var innermostFlowMark: Mark? {
        marks.last { $0.kind == .flowSequence || $0.kind == .flowMapping }
    }

    func position(_ offset: Int) -> String {
        let (line, column) = source.position(of: offset)
        return "\(line):\(column)"
    }
}
