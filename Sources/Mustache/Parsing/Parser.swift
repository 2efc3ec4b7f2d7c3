/// Compiles one template's tokens into instructions of a library-wide ``Program``.
///
/// The parser is iterative (an explicit container stack), so ten thousand nested sections parse
/// without deep recursion. It recovers from every problem it reports: an unmatched close tag is
/// taken to close the innermost section, a bad name still opens its section, and so on, so one
/// pass reports every problem of a file.
struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let delimiters: [Delimiters]
    let templateIndex: Int32
    var program: Program
    var errors: [SyntaxError] = []
    var references: [String] = []
    var referenceSet: Set<String> = []
    var hasDynamicReferences = false

    /// Where instructions go: the template's main code, or the content of an override.
    var chunks: [[Instruction]] = [[]]
    /// Finished override contents, placed after the main code at the end.
    var overrideChunks: [[Instruction]] = []
    /// Entries of `Program.overrides` whose start is the start of an override chunk.
    var overridePatches: [(override: Int, chunk: Int)] = []
    var containers: [Container] = []

    /// Whether the next output starts a line, where an indented partial inserts its indentation.
    var lineState = LineState.start
    /// Indentation removed at each line start inside override content (the spec: "block
    /// indentation is removed at the site of definition and added at the site of expansion").
    var dedent: [UInt8] = []
    /// The last token of the current standalone line, or -1.
    var standaloneThrough = -1
    var standaloneLine = StandaloneLine(start: 0, indentEnd: 0, end: 0)
    /// Text not yet emitted: a following standalone tag may still trim its end.
    var pendingText: (start: Int, end: Int)?
    /// Text before this offset belongs to a removed standalone line.
    var resume = 0
    /// Set when a body ends without an instruction of its own (inverted sections, blocks), so
    /// that following text does not join the body's last text run.
    var endsRun = false

    enum LineState {
        case none
        /// At a line start: indentation goes here.
        case start
        /// At the first line of override content: dedent, but the block site indents it.
        case suppressed
    }

    /// A line that only holds tags that stand alone: it is removed from the output.
    struct StandaloneLine {
        var start: Int
        /// Where the line's indentation ends: the first tag.
        var indentEnd: Int
        /// After the line's line break.
        var end: Int
    }

    /// At most this many errors are reported per file; the rest are counted in a last message.
    static let errorLimit = 100
    /// Errors found beyond ``errorLimit``, and where the first of them is.
    var suppressedErrors = 0
    var firstSuppressedOffset = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lexer: Lexer, templateIndex: Int32, program: consuming Program) {
        self.bytes = bytes
        self.tokens = lexer.tokens
        self.delimiters = lexer.delimiters
        self.templateIndex = templateIndex
        self.program = program
        for error in lexer.errors { report(error.offset, error.message) }
    }

    /// Records an error, or only counts it past ``errorLimit``: a broken file of a megabyte must
    /// not produce (and compute positions for) a million messages.
    mutating func report(_ offset: Int, _ message: String) {
        guard errors.count < Parser.errorLimit else {
            if suppressedErrors == 0 { firstSuppressedOffset = offset }
            suppressedErrors += 1
            return
        }
        errors.append(SyntaxError(offset: offset, message: message))
    }

    /// `3:5`, where a container was opened; computed only while errors are still reported.
    func openedAt(_ container: Container) -> String {
        errors.count < Parser.errorLimit ? SourcePosition(offset: container.token.start, in: bytes).text : ""
    }

    /// Whether code is emitted at this point.
    var isLive: Bool { containers.last.map { $0.isLive && $0.kind != .parent } ?? true }

    mutating func run() -> Int32 {
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .text {
                flushText()
                let start = max(token.start, resume)
                if start < token.end { pendingText = (start, token.end) }
                continue
            }
            if index > standaloneThrough { decideStandalone(at: index) }
            flushText()
            handle(token, at: index, isStandalone: index <= standaloneThrough)
        }
        flushText()
        while let container = containers.last {
            report(bytes.count, "unclosed \(container.kind.word) '\(container.name)' opened at "
                + "\(openedAt(container)); add \(closeTag(for: container))")
            close(container)
        }
        if suppressedErrors > 0 {
            errors.append(SyntaxError(
                offset: firstSuppressedOffset,
                message: "\(suppressedErrors) more errors in this file are not shown; fix the ones above first"))
        }
        return layOut()
    }

    /// `{{/name}}` in the delimiters the container was opened with.
    func closeTag(for container: Container) -> String {
        delimiters[container.token.delimiters].tag("/" + container.name)
    }

    /// Appends the main code and the override chunks to the program; returns the entry.
    mutating func layOut() -> Int32 {
        let entry = Int32(program.code.count)
        program.code.append(contentsOf: chunks[0])
        program.code.append(.end)
        var starts: [Int32] = []
        for chunk in overrideChunks {
            starts.append(Int32(program.code.count))
            program.code.append(contentsOf: chunk)
            program.code.append(.end)
        }
        for patch in overridePatches {
            program.overrides[patch.override].start = starts[patch.chunk]
        }
        return entry
    }

    // MARK: Emitting

    @discardableResult
    mutating func emit(_ instruction: Instruction) -> Int {
        endsRun = false
        chunks[chunks.count - 1].append(instruction)
        return chunks[chunks.count - 1].count - 1
    }

    mutating func patchSkip(at index: Int) {
        endsRun = true
        let skip = Int32(chunks[chunks.count - 1].count - index)
        switch chunks[chunks.count - 1][index] {
        case .section(let path, let site, _):
            chunks[chunks.count - 1][index] = .section(path: path, site: site, skip: skip - 1)
        case .inverted(let path, let site, _):
            chunks[chunks.count - 1][index] = .inverted(path: path, site: site, skip: skip)
        case .block(let block):
            program.blockSites[Int(block)].skip = skip
        default:
            break
        }
    }

    /// The current text run, started if the last instruction is not one that can grow.
    mutating func currentRun() -> TextRun {
        if !endsRun, case .text(let run) = chunks[chunks.count - 1].last,
           Int(run.start + run.count) == program.text.count,
           Int(run.pointsStart + run.pointsCount) == program.indentPoints.count {
            return run
        }
        let run = TextRun(
            start: Int32(program.text.count), count: 0,
            pointsStart: Int32(program.indentPoints.count), pointsCount: 0)
        emit(.text(run))
        endsRun = false
        return run
    }

    mutating func replaceRun(_ run: TextRun) {
        chunks[chunks.count - 1][chunks[chunks.count - 1].count - 1] = .text(run)
    }

    mutating func appendBytes(_ start: Int, _ end: Int) {
        guard start < end else { return }
        var run = currentRun()
        program.text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        run.count += Int32(end - start)
        replaceRun(run)
    }

    mutating func addIndentPoint() {
        var run = currentRun()
        program.indentPoints.append(run.count)
        run.pointsCount += 1
        replaceRun(run)
    }

    /// Before a tag that renders something: a pending line start becomes an indentation point.
    mutating func startLineIfNeeded() {
        if lineState == .start, isLive { addIndentPoint() }
        lineState = .none
    }
}
