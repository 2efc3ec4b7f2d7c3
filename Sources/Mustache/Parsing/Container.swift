/// A tag waiting for its `{{/name}}` while the parser reads what it encloses.
struct Container {
    enum Kind {
        case section, inverted, parent
        /// A block where it renders, with its default content.
        case block
        /// A block inside a parent tag: content that overrides the parent's block.
        case override

        var word: String {
            switch self {
            case .section: "section"
            case .inverted: "inverted section"
            case .parent: "parent"
            case .block, .override: "block"
            }
        }
    }

    var kind: Kind
    /// The name as a close tag must repeat it (`*name` for a dynamic parent).
    var name: String
    var token: Token
    /// Whether the container emits code; content inside a parent, outside its blocks, does not.
    var isLive: Bool
    /// The opening instruction's index in the current chunk (sections and blocks).
    var instruction = 0
    /// The parent tag's index in `Program.includes`.
    var include: Int32 = -1
    /// For a parent: the blocks it overrides, as block ids and indices into `Parser.overrideChunks`.
    var overrides: [(block: Int32, chunk: Int)] = []
    /// For an override: the length of the parser's dedent before it.
    var dedentCount = 0
}
