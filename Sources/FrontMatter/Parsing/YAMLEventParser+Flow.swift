extension YAMLEventParser {
    // The states of flow collections: `[…]`, `{…}`, and the single-pair mappings `[a: 1]`.

    mutating func parseFlowSequenceFirstEntry() throws(SyntaxError) -> YAMLEvent {
        let token = try take()
        marks.append(Mark(offset: token.start, kind: .flowSequence))
        return try parseFlowSequenceEntry(isFirst: true)
    }

    mutating func parseFlowSequenceEntryMappingKey() throws(SyntaxError) -> YAMLEvent {
        let token = try take()
        switch try scanner.peekToken().kind {
        case .value, .flowEntry, .flowSequenceEnd:
            state = .flowSequenceEntryMappingValue
            return emptyScalar(at: token.end)
        default:
            states.append(.flowSequenceEntryMappingValue)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func parseFlowSequenceEntryMappingValue() throws(SyntaxError) -> YAMLEvent {
        let token = try scanner.peekToken()
        guard token.kind == .value else {
            state = .flowSequenceEntryMappingEnd
            return emptyScalar(at: token.start)
        }
        _ = try take()
        switch try scanner.peekToken().kind {
        case .flowEntry, .flowSequenceEnd:
            state = .flowSequenceEntryMappingEnd
            return emptyScalar(at: token.end)
        default:
            states.append(.flowSequenceEntryMappingEnd)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func parseFlowMappingFirstKey() throws(SyntaxError) -> YAMLEvent {
        let token = try take()
        marks.append(Mark(offset: token.start, kind: .flowMapping))
        return try parseFlowMappingKey(isFirst: true)
    }

    mutating func parseFlowMappingValue() throws(SyntaxError) -> YAMLEvent {
        let token = try scanner.peekToken()
        guard token.kind == .value else {
            state = .flowMappingKey
            return emptyScalar(at: token.start)
        }
        _ = try take()
        switch try scanner.peekToken().kind {
        case .flowEntry, .flowMappingEnd:
            state = .flowMappingKey
            return emptyScalar(at: token.end)
        default:
            states.append(.flowMappingKey)
            return try parseNode(block: false, indentlessSequence: false)
        }
    }

    mutating func parseFlowSequenceEntry(isFirst: Bool) throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if token.kind != .flowSequenceEnd {
            if !isFirst {
                guard token.kind == .flowEntry else { throw flowCollectionError(token) }
                _ = try take()
                token = try scanner.peekToken()
            }
            if token.kind == .key {
                state = .flowSequenceEntryMappingKey
                return .mappingStart(offset: token.start, isFlow: true, anchor: nil)
            }
            if token.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntry)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        _ = try take()
        state = states.popLast()
        _ = marks.popLast()
        return .sequenceEnd
    }

    mutating func parseFlowMappingKey(isFirst: Bool) throws(SyntaxError) -> YAMLEvent {
        var token = try scanner.peekToken()
        if token.kind != .flowMappingEnd {
            if !isFirst {
                guard token.kind == .flowEntry else { throw flowCollectionError(token) }
                _ = try take()
                token = try scanner.peekToken()
            }
            if token.kind == .key {
                token = try take()
                switch try scanner.peekToken().kind {
                case .value, .flowEntry, .flowMappingEnd:
                    state = .flowMappingValue
                    return emptyScalar(at: token.end)
                default:
                    states.append(.flowMappingValue)
                    return try parseNode(block: false, indentlessSequence: false)
                }
            }
            if token.kind != .flowMappingEnd {
                states.append(.flowMappingEmptyValue)
                return try parseNode(block: false, indentlessSequence: false)
            }
        }
        _ = try take()
        state = states.popLast()
        _ = marks.popLast()
        return .mappingEnd
    }
}
