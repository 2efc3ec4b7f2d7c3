/// Finds, in one pass before parsing, the shapes of Markdown that cmark-gfm 0.29.0.gfm.6 parses
/// in quadratic time (fixed in later releases, which Debian does not ship), and refuses a text
/// whose estimated extra work exceeds a budget that grows linearly with its size. So every
/// text is parsed in time linear in its size, or refused at once with where and why.
///
/// The estimate never counts less work than cmark-gfm does; it may count more (it does not
/// know code spans, and it counts every `]` against every `![` of the paragraph), which only
/// matters for texts far from anything a newsroom writes. Measured at 1 MB each with the
/// `cmark-gfm` tool: `![[]()` repeated, a table row of 250,000 cells, `<?` or `<![CDATA[`
/// repeated and a 1,000-column table with 500,000 one-cell rows each take more than 20 s;
/// the budget admits at most about 0.2 s of such work per MB.
struct MarkdownShapeScan {
    /// Steps of extra work every text may take, however small.
    static let baseSteps = 1_000_000
    /// Steps of extra work each byte of the text adds to the budget.
    static let stepsPerByte = 64
    /// The most empty cells the parser may add to the short rows of an article's tables.
    static let maxAddedCells = 100_000
    /// How deep cmark-gfm 0.29's e-mail autolinker recurses at most.
    static let maxAutolinkDepth = 1_000

    let bytes: UnsafeBufferPointer<UInt8>
    let budget: Int
    private var spent = 0
    var problem: MarkdownShapeProblem? {
        didSet { isDone = problem != nil }
    }
    /// Whether a problem was found: checked at every interesting byte, where comparing the
    /// optional problem with `nil` copied it each time.
    private(set) var isDone = false

    // The paragraph (inline block) being read: its `![` and `]`.
    var images = 0
    var closers = 0
    private var firstImage: Int?
    var processing = (count: 0, sum: 0, first: 0)
    var cdata = (count: 0, sum: 0, first: 0)
    // The line being read.
    private var lineStart = 0
    var pipes = 0
    var ats = 0
    private var firstAt = 0
    private var previousLineWasHeading = false
    // The table being read: its column count (at most) and where its delimiter row is.
    var table: (columns: Int, offset: Int)?
    private var addedCells = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        budget = Self.baseSteps &+ Self.stepsPerByte &* bytes.count
    }

    /// The first problem of `text`, or `nil` when cmark-gfm parses it in linear time.
    static func firstProblem(in text: String) -> MarkdownShapeProblem? {
        var copy = text
        return copy.withUTF8 { bytes in
            var scan = MarkdownShapeScan(bytes: bytes)
            scan.run()
            return scan.problem
        }
    }

    private static let interesting: [Bool] = (0...255).map { byte in
        [UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: "?"),
         UInt8(ascii: "|"), UInt8(ascii: "@"), 0x0A, 0x0D].contains(UInt8(byte))
    }

    private mutating func run() {
        // The table as a local buffer: read through the static, each byte paid for a lazy
        // initialization check and a retain, and the scan took a ninth of a build.
        Self.interesting.withUnsafeBufferPointer { interesting in run(interesting) }
    }

    private mutating func run(_ interesting: UnsafeBufferPointer<Bool>) {
        let count = bytes.count
        var index = 0
        startLine(at: 0)
        while index < count, !isDone {
            let byte = bytes[index]
            guard interesting[Int(byte)] else {
                index += 1
                // Runs of ordinary text: most of an article.
                while index < count, !interesting[Int(bytes[index])] { index += 1 }
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                // A backslash escapes the punctuation after it: `\[` opens nothing. An escaped
                // `@` is still an `@` to the autolinker, which reads the text after escapes.
                index += index + 1 < count && Self.isEscapable(bytes[index + 1]) && bytes[index + 1] != UInt8(ascii: "@") ? 2 : 1
            case UInt8(ascii: "["):
                if index > 0, bytes[index - 1] == UInt8(ascii: "!") {
                    if firstImage == nil { firstImage = index - 1 }
                    images += 1
                }
                index += 1
            case UInt8(ascii: "]"):
                // Each `]` may close a link, and cmark-gfm 0.29 then walks back over the open
                // brackets below it to deactivate them. It stops at a `[` it deactivated
                // before, but walks over every open `![`, which no link deactivates: so the
                // work is `![` × `]`. (An open `![` is never taken off here: a `]` in a code
                // span closes nothing, and counting too many is safe.)
                closers += 1
                charge(images, .brackets, at: firstImage ?? index)
                if cdata.count > 0, starts(with: "]]>", at: index) {
                    charge(cdata.count &* index &- cdata.sum, .rawHTMLOpeners, at: cdata.first)
                    cdata = (0, 0, 0)
                }
                index += 1
            case UInt8(ascii: "<"):
                if starts(with: "<?", at: index) {
                    if processing.count == 0 { processing.first = index }
                    processing.count += 1
                    processing.sum &+= index
                    index += 2
                } else if starts(with: "<![CDATA[", at: index) {
                    if cdata.count == 0 { cdata.first = index }
                    cdata.count += 1
                    cdata.sum &+= index
                    index += 9
                } else {
                    index += 1
                }
            case UInt8(ascii: "?"):
                if processing.count > 0, starts(with: "?>", at: index) {
                    charge(processing.count &* index &- processing.sum, .rawHTMLOpeners, at: processing.first)
                    processing = (0, 0, 0)
                    index += 2
                } else {
                    index += 1
                }
            case UInt8(ascii: "|"):
                pipes += 1
                index += 1
            case UInt8(ascii: "@"):
                // The e-mail autolinker of cmark-gfm 0.29 recurses once per `@` of a text, up
                // to 1,000 deep, with work that grows with the depth.
                if ats == 0 { firstAt = index }
                ats += 1
                charge(min(ats, Self.maxAutolinkDepth), .emailAutolinks, at: firstAt)
                index += 1
            default:
                // A line ends at LF, CR LF or a lone CR.
                endLine(at: index)
                index += byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
                startLine(at: index)
            }
        }
        if !isDone {
            endLine(at: count)
            endBlock(at: count)
        }
    }

    private func starts(with text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in (0..<length).allSatisfy { bytes[index + $0] == prefix[$0] } }
    }

    private static func isEscapable(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// Adds `steps` of the shape to the work; crossing the budget is the problem.
    private mutating func charge(_ steps: Int, _ shape: MarkdownShapeProblem.Shape, at offset: Int) {
        guard !isDone else { return }
        spent = spent > Int.max - steps ? Int.max : spent + steps
        guard spent > budget else { return }
        report(shape, at: offset)
    }

    /// A blank line, a list item or a heading starts a new inline block: cmark parses the
    /// inlines of each block alone. (Missing a boundary only makes the estimate larger.)
    private mutating func startLine(at offset: Int) {
        lineStart = offset
        pipes = 0
        ats = 0
        var index = offset
        var indent = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 {
            indent += 1
            index += 1
        }
        let isBlank = index >= bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D
        var isListItem = false
        var isHeading = false
        if !isBlank, indent <= 3 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"),
               index + 2 < bytes.count, bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09 {
                var content = index + 1
                while content < bytes.count, bytes[content] == 0x20 || bytes[content] == 0x09 { content += 1 }
                isListItem = content < bytes.count && bytes[content] != 0x0A && bytes[content] != 0x0D
            } else if byte == UInt8(ascii: "#") {
                var hashes = index
                while hashes < bytes.count, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
                isHeading = hashes - index <= 6 && (hashes >= bytes.count || [0x20, 0x09, 0x0A, 0x0D].contains(bytes[hashes]))
            }
        }
        if isBlank || isListItem || isHeading || previousLineWasHeading {
            endBlock(at: offset)
            if isBlank || isListItem || isHeading { table = nil }
        }
        previousLineWasHeading = isHeading
    }

    /// At the end of a line: the cost of its cells (cmark-gfm 0.29 appends each cell of a row
    /// to a list by walking it), and the empty cells a table adds to a short row.
    private mutating func endLine(at offset: Int) {
        guard pipes > 0 else {
            if let table, offset > lineStart { addCells(table.columns - 1, table: table.offset) }
            return
        }
        charge((pipes &+ 1) &* (pipes &+ 1), .tableCells, at: lineStart)
        let cells = max(1, pipes - 1)
        if isDelimiterRow(from: lineStart, to: offset) {
            // A delimiter row starts a table; inside one it is a row, and never narrows it.
            if let current = table { addCells(current.columns - cells, table: current.offset) }
            table = (max(table?.columns ?? 0, pipes + 1), table?.offset ?? lineStart)
        } else if let table {
            addCells(table.columns - cells, table: table.offset)
        }
    }

    private mutating func addCells(_ count: Int, table offset: Int) {
        guard count > 0, !isDone else { return }
        addedCells += count
        if addedCells > Self.maxAddedCells { report(.addedCells, at: offset) }
    }

    /// `|---|:--:|` and the like, after any `>` of block quotes.
    private func isDelimiterRow(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end, [0x20, 0x09, UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
        var hasDash = false
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: break
            default: return false
            }
            index += 1
        }
        return hasDash
    }

    /// The end of an inline block: unclosed `<?` and `<![CDATA[` made cmark-gfm search to here.
    private mutating func endBlock(at offset: Int) {
        if processing.count > 0 {
            charge(processing.count &* offset &- processing.sum, .rawHTMLOpeners, at: processing.first)
        }
        if cdata.count > 0 {
            charge(cdata.count &* offset &- cdata.sum, .rawHTMLOpeners, at: cdata.first)
        }
        processing = (0, 0, 0)
        cdata = (0, 0, 0)
        images = 0
        closers = 0
        firstImage = nil
    }
}
