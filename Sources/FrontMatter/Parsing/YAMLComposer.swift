/// Builds nodes from events with an explicit stack, resolves plain scalars, and checks what the
/// subset adds to YAML: scalar keys, no duplicate keys, no merge keys, a depth limit.
struct YAMLComposer {
    private var source: SourceText
    private let maxDepth: Int
    private var frames: [Frame] = []
    private(set) var root: YAMLNode?
    /// Problems that do not stop composing, such as a duplicate key or an invalid date.
    private(set) var recordedErrors: [SyntaxError] = []

    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var firstKeys: [KeyIdentity: (line: Int, column: Int, text: String)] = [:]
    }

    init(source: SourceText, maxDepth: Int) {
        self.source = source
        self.maxDepth = maxDepth
    }

    mutating func handle(_ event: YAMLEvent) throws(SyntaxError) {
        switch event {
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            break
        case .scalar(let token):
            let (line, column) = source.advancingPosition(of: token.start)
            add(YAMLNode(resolve(token), line: line, column: column), writtenText: token.value)
        case .sequenceStart(let offset, _):
            try push(isMapping: false, offset: offset)
        case .mappingStart(let offset, _):
            try push(isMapping: true, offset: offset)
        case .sequenceEnd, .mappingEnd:
            guard let frame = frames.popLast() else { return }
            let value: YAMLValue = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            add(YAMLNode(value, line: frame.line, column: frame.column), writtenText: nil)
        }
    }

    private mutating func push(isMapping: Bool, offset: Int) throws(SyntaxError) {
        guard frames.count < maxDepth else {
            throw SyntaxError(
                offset: offset,
                message: "the data is nested more than \(maxDepth) levels deep",
                fix: "flatten the structure; front matter and configuration rarely need more than a few levels",
                isFatal: true)
        }
        let (line, column) = source.advancingPosition(of: offset)
        frames.append(Frame(isMapping: isMapping, line: line, column: column))
    }

    /// Adds a finished node to the innermost collection; `writtenText` is a scalar's text
    /// before resolution, nil for a collection.
    private mutating func add(_ node: YAMLNode, writtenText: String?) {
        guard let last = frames.indices.last else {
            root = node
            return
        }
        if !frames[last].isMapping {
            frames[last].items.append(node)
        } else if let key = frames[last].pendingKey {
            frames[last].pairs.append(YAMLPair(key: key, value: node))
            frames[last].pendingKey = nil
        } else {
            checkKey(node, writtenText: writtenText, in: last)
            frames[last].pendingKey = node
        }
    }

    private mutating func checkKey(_ key: YAMLNode, writtenText: String?, in frame: Int) {
        guard let writtenText else {
            let kind = if case .mapping = key.value { "mapping" } else { "list" }
            record(key, "a \(kind) cannot be a key", fix: "use text as the key, in quotes if needed")
            return
        }
        let identity = KeyIdentity(key.value)
        guard let first = frames[frame].firstKeys[identity] else {
            frames[frame].firstKeys[identity] = (key.line, key.column, writtenText)
            return
        }
        let shown = shortened(writtenText)
        if first.text == writtenText {
            record(key, "duplicate key '\(shown)'; the first is at \(first.line):\(first.column)",
                   fix: "remove one of them, or rename one")
        } else {
            record(
                key,
                "duplicate key '\(shown)'; the first is at \(first.line):\(first.column), written '\(shortened(first.text))', which YAML reads as the same key",
                fix: "remove one of them, or put the keys in quotes to keep them as different texts")
        }
    }

    private mutating func record(_ node: YAMLNode, _ message: String, fix: String) {
        recordedErrors.append(SyntaxError(offset: -1, message: message, fix: fix, position: (node.line, node.column)))
    }

    private mutating func resolve(_ token: YAMLToken) -> YAMLValue {
        guard token.style == .plain else { return .string(token.value) }
        switch ScalarResolver.resolve(token.value) {
        case .value(let value):
            return value
        case .mergeKey:
            recordedErrors.append(SyntaxError(
                offset: token.start,
                message: "merge key '<<' is not supported",
                fix: "write the keys out in this mapping instead of merging them in"))
        case .invalid(let message, let fix):
            recordedErrors.append(SyntaxError(offset: token.start, message: message, fix: fix))
        }
        return .string(token.value)
    }

    // MARK: Starting again

    /// Drops everything but the root mapping, as the parser starts again at a top-level key.
    mutating func resumeInRootMapping() {
        guard !frames.isEmpty else { return }
        frames.removeLast(frames.count - 1)
        frames[0].pendingKey = nil
    }
}
