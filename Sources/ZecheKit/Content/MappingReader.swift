import Foundation
import FrontMatter

/// Reads the keys of one YAML mapping (front matter or `site.yml`) into typed values, and
/// records a diagnostic with line and column for every key that is missing or mistyped.
///
/// Every key read is marked; `unknownKeys` then lists the rest, for warnings and for the
/// `params` that templates see.
struct MappingReader {
    let path: String
    /// Where a missing key is reported: the start of the front matter or file.
    let start: SourceLocation
    private(set) var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
    var diagnostics: [Diagnostic] = []
    private var consumed: Set<String> = []
    /// Whether the node was something other than a mapping, already reported: then no key is
    /// reported missing as well.
    private var isNotAMapping = false

    /// Reads `node`, which must be a mapping (or null, for an empty block); `what` names it
    /// in messages ("front matter", "site.yml").
    init(_ node: YAMLNode?, path: String, start: SourceLocation, what: String) {
        self.path = path
        self.start = start
        guard let node else { return }
        switch node.value {
        case .mapping(let pairs):
            for pair in pairs {
                entries.append((pair.key.keyText, pair.key, pair.value))
            }
        case .null:
            break
        default:
            isNotAMapping = true
            diagnostics.append(.error(
                "the \(what) must be a list of 'key: value' lines, not \(Self.describe(node.value))",
                at: location(of: node), fix: "write one 'key: value' per line, e.g. 'title: Mein Artikel'"))
        }
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(path: path, line: node.line, column: node.column)
    }

    mutating func error(_ message: String, at node: YAMLNode, fix: String? = nil) {
        diagnostics.append(.error(message, at: location(of: node), fix: fix))
    }

    mutating func warning(_ message: String, at node: YAMLNode, fix: String? = nil) {
        diagnostics.append(.warning(message, at: location(of: node), fix: fix))
    }

    /// The value of `key`, if present; a present `null` counts as absent.
    mutating func node(_ key: String) -> YAMLNode? {
        consumed.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if case .null = entry.value.value { return nil }
        return entry.value
    }

    /// Records that a required key is missing, suggesting a present key that looks like a typo
    /// (which then counts as read, so it is not also reported as unknown).
    mutating func missing(_ key: String, example: String) {
        guard !isNotAMapping else { return }
        if let entry = entries.first(where: { $0.key == key }) {
            diagnostics.append(.error("the required key '\(key)' has no value", at: location(of: entry.value),
                                      fix: "write it after the colon: '\(example)'"))
            return
        }
        let typo = entries.map(\.key).filter { !consumed.contains($0) }
        if let near = Suggestion.nearest(to: key, in: typo), let entry = entries.first(where: { $0.key == near }) {
            consumed.insert(near)
            diagnostics.append(.error(
                "unknown key '\(near)'; did you mean the required key '\(key)'?",
                at: location(of: entry.keyNode), fix: "rename '\(near)' to '\(key)'"))
        } else {
            diagnostics.append(.error("the required key '\(key)' is missing", at: start, fix: "add a line '\(example)'"))
        }
    }

    /// A text value. Numbers and booleans are refused rather than turned into text, because
    /// YAML has already changed them (`1.10` reads as 1.1, `no` as false).
    mutating func string(_ key: String, required example: String? = nil) -> String? {
        guard let node = node(key) else {
            if let example { missing(key, example: example) }
            return nil
        }
        guard case .string(let text) = node.value else {
            error("'\(key)' must be text, not \(Self.describe(node.value))", at: node,
                  fix: "put the value in quotes: \(key): \"…\"")
            return nil
        }
        if let example, text.allSatisfy(\.isWhitespace) {
            error("the required key '\(key)' has no value", at: node, fix: "write it after the colon: '\(example)'")
            return nil
        }
        checkVisible(text, key: key, at: node)
        return text
    }

    /// A list of texts. A single text is a list of one; a text with commas is refused, since
    /// `tags: a, b` is one tag named "a, b" in YAML.
    mutating func stringList(_ key: String) -> [String]? {
        stringItems(key)?.map(\.text)
    }

    /// Like `stringList`, with the node of each text for messages about it. Entries that are
    /// not text are reported and left out.
    mutating func stringItems(_ key: String) -> [(text: String, node: YAMLNode)]? {
        guard let node = node(key) else { return nil }
        switch node.value {
        case .string(let text):
            if text.utf8.contains(UInt8(ascii: ",")) {
                let items = text.split(separator: ",").map { String($0).trimmingWhitespace() }
                error("'\(key)' is one text with commas, not a list", at: node,
                      fix: "write \(key) as a list: [\(items.joined(separator: ", "))]")
                return nil
            }
            checkVisible(text, key: key, at: node)
            return [(text, node)]
        case .sequence(let items):
            var texts: [(text: String, node: YAMLNode)] = []
            for item in items {
                guard case .string(let text) = item.value else {
                    error("each entry of '\(key)' must be text, not \(Self.describe(item.value))", at: item,
                          fix: "put the entry in quotes")
                    continue
                }
                checkVisible(text, key: key, at: item)
                texts.append((text, item))
            }
            return texts
        default:
            error("'\(key)' must be a list, not \(Self.describe(node.value))", at: node,
                  fix: "write \(key) as a list: [a, b]")
            return nil
        }
    }

    /// Reports a control or bidirectional formatting character in a text value: it cannot be
    /// seen, yet it changes how the text is shown or processed.
    mutating func checkVisible(_ text: String, key: String, at node: YAMLNode) {
        guard let scalar = InvisibleCharacter.first(in: text) else { return }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let escape = scalar.value <= 0xFF ? "\\x" + (hex.count == 1 ? "0" : "") + hex : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        error("'\(key)' contains the invisible character \(InvisibleCharacter.describe(scalar)); remove it", at: node,
              fix: "delete the character, or the escape such as '\(escape)' that writes it; most editors do not show it")
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard case .bool(let value) = node.value else {
            error("'\(key)' must be true or false, not \(Self.describe(node.value))", at: node,
                  fix: "write \(key): true or \(key): false, without quotes")
            return nil
        }
        return value
    }

    mutating func integer(_ key: String, in range: ClosedRange<Int>, example: Int) -> Int? {
        guard let node = node(key) else { return nil }
        guard case .int(let value) = node.value, range.contains(value) else {
            error("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(Self.describe(node.value))",
                  at: node, fix: "write a number without quotes, e.g. \(key): \(example)")
            return nil
        }
        return value
    }

    /// Keys that were never read, in file order.
    var unreadEntries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        entries.filter { !consumed.contains($0.key) }
    }

    /// How a value is named in messages: "the number 12", "the list [..]".
    static func describe(_ value: YAMLValue) -> String {
        switch value {
        case .null: "an empty value"
        case .bool(let flag): "the boolean '\(flag)'"
        case .int(let number): "the number '\(number)'"
        case .double(let number): "the number '\(number)'"
        case .string(let text): "the text '\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
        case .date(let date): "the date '\(date)'"
        case .dateTime(let dateTime): "the date '\(dateTime)'"
        case .sequence: "a list"
        case .mapping: "a group of keys"
        }
    }
}
