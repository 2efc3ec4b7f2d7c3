extension YAMLComposer {
    /// A node with an anchor, for the aliases that name it later.
    struct AnchoredNode {
        /// Nil while the anchored collection is still open, or when it was abandoned after a
        /// syntax error.
        var node: YAMLNode?
        var isOpen: Bool
        /// Where the anchor is written.
        var line: Int
        var column: Int
        var facts: Facts
    }

    /// Anchors a scalar.
    mutating func define(_ anchor: YAMLToken, as node: YAMLNode, facts: Facts) {
        guard checkUnique(anchor) else { return }
        let (line, column) = source.position(of: anchor.start)
        anchors[anchor.value] = AnchoredNode(node: node, isOpen: false, line: line, column: column, facts: facts)
    }

    /// Anchors a collection that starts: an alias to it from inside would be endless.
    mutating func open(_ anchor: YAMLToken) {
        guard checkUnique(anchor) else { return }
        let (line, column) = source.position(of: anchor.start)
        anchors[anchor.value] = AnchoredNode(node: nil, isOpen: true, line: line, column: column, facts: Facts())
    }

    /// Gives an anchored collection its node once it ends.
    mutating func close(_ anchor: YAMLToken, as node: YAMLNode, facts: Facts) {
        guard var entry = anchors[anchor.value], entry.isOpen else { return }
        entry.node = node
        entry.isOpen = false
        entry.facts = facts
        anchors[anchor.value] = entry
    }

    /// Forgets the node of a collection that a syntax error cut short; aliases to it then
    /// stand for null without a second error.
    mutating func abandon(_ anchor: YAMLToken) {
        guard var entry = anchors[anchor.value], entry.isOpen else { return }
        entry.isOpen = false
        anchors[anchor.value] = entry
    }

    /// Whether `anchor` is the first with its name; PyYAML refuses a second one.
    private mutating func checkUnique(_ anchor: YAMLToken) -> Bool {
        guard let first = anchors[anchor.value] else { return true }
        recordedErrors.append(SyntaxError(
            offset: anchor.start,
            message: "anchor '&\(anchor.value)' is defined twice; the first is at \(first.line):\(first.column)",
            fix: "give each anchor a name of its own"))
        return false
    }

    /// The node an alias stands for, positioned at the alias, or nil (with an error) when
    /// there is none. Throws when the alias would nest the data too deeply or make it too
    /// large: an "alias bomb" that repeats a collection of repeated collections.
    mutating func resolveAlias(_ token: YAMLToken) throws(SyntaxError) -> (YAMLNode, Facts)? {
        let (line, column) = source.advancingPosition(of: token.start)
        let null = (YAMLNode(.null, line: line, column: column), Facts(writtenText: ""))
        guard let entry = anchors[token.value] else {
            recordedErrors.append(SyntaxError(
                offset: token.start,
                message: "alias '*\(token.value)' refers to no anchor: '&\(token.value)' is not defined before it",
                fix: "write '&\(token.value)' before the data this alias repeats (an alias can only refer back), or put the value in quotes if '*' belongs to the text"))
            return null
        }
        if entry.isOpen {
            recordedErrors.append(SyntaxError(
                offset: token.start,
                message: "alias '*\(token.value)' is inside the collection anchored at \(entry.line):\(entry.column) that it repeats, which would make the data endless",
                fix: "refer to data outside this collection, or write the data out"))
            return null
        }
        guard var node = entry.node else { return null }
        if frames.count + entry.facts.height > maxDepth {
            throw SyntaxError(
                offset: token.start,
                message: "alias '*\(token.value)' nests the data more than \(maxDepth) levels deep",
                fix: "flatten the structure; front matter and configuration rarely need more than a few levels",
                isFatal: true)
        }
        aliasExpansion += entry.facts.size
        if aliasExpansion > maxAliasExpansion {
            throw SyntaxError(
                offset: token.start,
                message: "alias '*\(token.value)' makes the aliases repeat more than \(maxAliasExpansion) values in all",
                fix: "repeat less data with aliases, or write it out; aliases that repeat collections of repeated collections grow the data exponentially",
                isFatal: true)
        }
        node.line = line
        node.column = column
        return (node, entry.facts)
    }

    // MARK: Merge keys

    /// Takes in the value of a merge key: a mapping, or a list of mappings of which earlier
    /// ones win (PyYAML's `flatten_mapping`).
    mutating func merge(_ value: YAMLNode, into frame: Int) {
        switch value.value {
        case .mapping(let pairs):
            frames[frame].mergedPairs += pairs
        case .sequence(let items):
            var lists: [[YAMLPair]] = []
            for item in items {
                guard case .mapping(let pairs) = item.value else {
                    record(item, "the merge key '<<' takes mappings, but this item of its list is \(Self.kind(of: item.value))",
                           fix: "list only mappings after '<<', such as [*defaults, *more]")
                    continue
                }
                lists.append(pairs)
            }
            for pairs in lists.reversed() { frames[frame].mergedPairs += pairs }
        default:
            record(value, "the merge key '<<' takes a mapping or a list of mappings, but this is \(Self.kind(of: value.value))",
                   fix: "write '<<: *name' with the anchor of a mapping, or write the keys out")
        }
    }

    /// The pairs of a finished mapping: merged pairs first, then its own; a later pair with
    /// the same key replaces the value and keeps the place of the first, as a Python dict does.
    static func merged(_ frame: Frame) -> [YAMLPair] {
        guard !frame.mergedPairs.isEmpty else { return frame.pairs }
        var result: [YAMLPair] = []
        var places: [KeyIdentity: Int] = [:]
        for pair in frame.mergedPairs + frame.pairs {
            let identity = KeyIdentity(pair.key.value)
            if let place = places[identity] {
                result[place].value = pair.value
            } else {
                places[identity] = result.count
                result.append(pair)
            }
        }
        return result
    }

    private static func kind(of value: YAMLValue) -> String {
        switch value {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "empty"
        default: "a single value"
        }
    }
}
