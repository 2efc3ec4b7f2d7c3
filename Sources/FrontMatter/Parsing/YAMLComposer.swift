/// Builds nodes from events with an explicit stack, resolves plain scalars, and checks what the
/// subset adds to YAML: scalar keys, no duplicate keys, a depth limit. Anchors, aliases and
/// merge keys (`<<`) read as in PyYAML's safe loader, with a limit on how much data aliases
/// may repeat (`YAMLComposer+Aliases.swift`).
struct YAMLComposer {
    var source: SourceText
    let maxDepth: Int
    /// How many values aliases may add to the document in all, counting each value of a
    /// repeated collection.
    let maxAliasExpansion: Int
    var frames: [Frame] = []
    private(set) var root: YAMLNode?
    /// Problems that do not stop composing, such as a duplicate key or an invalid date.
    var recordedErrors: [SyntaxError] = []
    /// The nodes anchored so far, by name.
    var anchors: [String: AnchoredNode] = [:]
    /// The values that aliases have added so far.
    var aliasExpansion = 0

    struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var anchor: YAMLToken?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Whether the pending key is the merge key `<<`.
        var pendingKeyMerges = false
        /// The pairs that merge keys bring in, in PyYAML's order: earlier ones lose.
        var mergedPairs: [YAMLPair] = []
        var firstKeys: [KeyIdentity: (line: Int, column: Int, text: String)] = [:]
        /// The values of the collection with aliases expanded, itself included.
        var size = 1
        /// The levels of collections from this one down, itself included.
        var height = 1
    }

    /// A finished node's facts that matter when it is added to its parent.
    struct Facts {
        /// A scalar's text before resolution; nil for a collection.
        var writtenText: String?
        var size = 1
        var height = 0
        /// Whether the node is the plain scalar `<<`.
        var isMergeKey = false
    }

    init(source: SourceText, maxDepth: Int, maxAliasExpansion: Int) {
        self.source = source
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    mutating func handle(_ event: YAMLEvent) throws(SyntaxError) {
        switch event {
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            break
        case .scalar(let token, let anchor):
            let (line, column) = source.advancingPosition(of: token.start)
            let (value, isMergeKey) = resolve(token)
            let node = YAMLNode(value, line: line, column: column)
            let facts = Facts(writtenText: token.value, isMergeKey: isMergeKey)
            if let anchor { define(anchor, as: node, facts: facts) }
            add(node, facts)
        case .sequenceStart(let offset, _, let anchor):
            try push(isMapping: false, offset: offset, anchor: anchor)
        case .mappingStart(let offset, _, let anchor):
            try push(isMapping: true, offset: offset, anchor: anchor)
        case .sequenceEnd, .mappingEnd:
            guard let frame = frames.popLast() else { return }
            let value: YAMLValue = frame.isMapping ? .mapping(Self.merged(frame)) : .sequence(frame.items)
            let node = YAMLNode(value, line: frame.line, column: frame.column)
            let facts = Facts(size: frame.size, height: frame.height)
            if let anchor = frame.anchor { close(anchor, as: node, facts: facts) }
            add(node, facts)
        case .alias(let token):
            if let (node, facts) = try resolveAlias(token) { add(node, facts) }
        }
    }

    private mutating func push(isMapping: Bool, offset: Int, anchor: YAMLToken?) throws(SyntaxError) {
        guard frames.count < maxDepth else { throw depthError(at: offset) }
        let (line, column) = source.advancingPosition(of: offset)
        if let anchor { open(anchor) }
        frames.append(Frame(isMapping: isMapping, line: line, column: column, anchor: anchor))
    }

    func depthError(at offset: Int) -> SyntaxError {
        SyntaxError(
            offset: offset,
            message: "the data is nested more than \(maxDepth) levels deep",
            fix: "flatten the structure; front matter and configuration rarely need more than a few levels",
            isFatal: true)
    }

    /// Adds a finished node to the innermost collection.
    mutating func add(_ node: YAMLNode, _ facts: Facts) {
        guard let last = frames.indices.last else {
            root = node
            if facts.isMergeKey { recordMergeKeyAsValue(node) }
            return
        }
        frames[last].size += facts.size
        frames[last].height = max(frames[last].height, facts.height + 1)
        if !frames[last].isMapping {
            if facts.isMergeKey { recordMergeKeyAsValue(node) }
            frames[last].items.append(node)
        } else if let key = frames[last].pendingKey {
            if facts.isMergeKey { recordMergeKeyAsValue(node) }
            if frames[last].pendingKeyMerges {
                merge(node, into: last)
            } else {
                frames[last].pairs.append(YAMLPair(key: key, value: node))
            }
            frames[last].pendingKey = nil
            frames[last].pendingKeyMerges = false
        } else if facts.isMergeKey {
            // Several merge keys in one mapping are allowed, as in PyYAML.
            frames[last].pendingKey = node
            frames[last].pendingKeyMerges = true
        } else {
            checkKey(node, writtenText: facts.writtenText, in: last)
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

    mutating func record(_ node: YAMLNode, _ message: String, fix: String) {
        recordedErrors.append(SyntaxError(offset: -1, message: message, fix: fix, position: (node.line, node.column)))
    }

    /// The value of a scalar, and whether it is the merge key `<<`.
    private mutating func resolve(_ token: YAMLToken) -> (YAMLValue, isMergeKey: Bool) {
        guard token.style == .plain else { return (.string(token.value), false) }
        switch ScalarResolver.resolve(token.value) {
        case .value(let value):
            return (value, false)
        case .mergeKey:
            return (.string(token.value), true)
        case .invalid(let message, let fix):
            recordedErrors.append(SyntaxError(offset: token.start, message: message, fix: fix))
        }
        return (.string(token.value), false)
    }

    private mutating func recordMergeKeyAsValue(_ node: YAMLNode) {
        record(node, "'<<' is YAML's merge key and can only be a key",
               fix: "put it in quotes to write the text \"<<\"")
    }

    // MARK: Starting again

    /// Drops everything but the root mapping, as the parser starts again at a top-level key.
    mutating func resumeInRootMapping() {
        guard !frames.isEmpty else { return }
        for frame in frames.dropFirst() {
            if let anchor = frame.anchor { abandon(anchor) }
        }
        frames.removeLast(frames.count - 1)
        frames[0].pendingKey = nil
        frames[0].pendingKeyMerges = false
    }
}
