/// One heading in a nested table of contents, with the headings below it.
public struct TableOfContentsEntry: Sendable, Hashable {
    public let level: Int
    public let text: String
    public let id: String
    /// Headings of a deeper level that follow this one before the next heading of its level.
    public var children: [TableOfContentsEntry]

    public init(level: Int, text: String, id: String, children: [TableOfContentsEntry] = []) {
        self.level = level
        self.text = text
        self.id = id
        self.children = children
    }

    /// Nests `headings` by level: a heading becomes a child of the closest preceding heading
    /// with a smaller level. Skipped levels (an `h4` right under an `h2`) nest one step.
    public static func nest(_ headings: [Heading]) -> [TableOfContentsEntry] {
        // A stack of open entries; each is closed into its parent when a heading of the same
        // or a higher level arrives. Iterative, so 10,000 headings cannot overflow the stack.
        var roots: [TableOfContentsEntry] = []
        var open: [TableOfContentsEntry] = []
        func closeLast() {
            let entry = open.removeLast()
            if open.isEmpty { roots.append(entry) } else { open[open.count - 1].children.append(entry) }
        }
        for heading in headings {
            while let last = open.last, last.level >= heading.level { closeLast() }
            open.append(TableOfContentsEntry(level: heading.level, text: heading.text, id: heading.id))
        }
        while !open.isEmpty { closeLast() }
        return roots
    }
}
