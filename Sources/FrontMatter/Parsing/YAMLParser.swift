/// Parses the YAML subset of front matter and configuration files into nodes that know their
/// line and column.
///
/// The subset reads exactly as PyYAML's `safe_load` reads it (YAML 1.1): block and flow
/// collections, plain, quoted and block scalars, comments, the YAML 1.1 types of plain
/// scalars, anchors (`&name`) and aliases (`*name`) on scalars and collections, and merge keys
/// (`<<: *defaults`). Tags, directives, several documents, complex keys, duplicate keys,
/// undefined or repeated anchors, recursive aliases, invalid dates, integers beyond 64 bits
/// and tabs for indentation are errors. The parser reports every problem it can: after a
/// syntax error it starts again at the next top-level key. Parsing is linear in the text's
/// length and never recursive; aliases may repeat at most `maxAliasExpansion` values, so a
/// small text cannot stand for a huge document.
public struct YAMLParser: Sendable {
    /// How many collections may be nested inside each other, aliases expanded.
    public var maxDepth: Int
    /// How many values aliases may repeat in all: an alias to a list of 3 scalars repeats 4.
    public var maxAliasExpansion: Int

    /// Creates a parser that allows `maxDepth` levels of nested collections and aliases that
    /// repeat `maxAliasExpansion` values in all.
    public init(maxDepth: Int = 200, maxAliasExpansion: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    /// Parses `text`, a single YAML document; an empty one (or only comments) is null.
    ///
    /// - Parameter firstLine: The line number of the text's first line, so that positions
    ///   count in the file the text comes from (front matter starts on line 2).
    /// - Throws: `YAMLErrors` with every problem found, sorted by position.
    public func parse(_ text: String, firstLine: Int = 1) throws(YAMLErrors) -> YAMLNode {
        var text = text
        let result = text.withUTF8 { bytes in parse(bytes: bytes, firstLine: firstLine) }
        return try result.get()
    }

    private func parse(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> Result<YAMLNode, YAMLErrors> {
        let source = SourceText(bytes: bytes, firstLine: firstLine)
        if !source.forbiddenCharacters.isEmpty {
            return .failure(report(source.forbiddenCharacters, in: source))
        }
        var parser = YAMLEventParser(scanner: YAMLScanner(source: source))
        var composer = YAMLComposer(source: source, maxDepth: maxDepth, maxAliasExpansion: maxAliasExpansion)
        var errors: [SyntaxError] = []
        var resumedAt = -1
        while true {
            do throws(SyntaxError) {
                while let event = try parser.nextEvent() {
                    try composer.handle(event)
                }
                break
            } catch {
                errors.append(error)
                guard !error.isFatal, parser.canResumeInRootMapping,
                      let next = source.nextTopLevelKeyLine(after: max(error.offset, resumedAt)),
                      next.offset > resumedAt else { break }
                resumedAt = next.offset
                parser.resumeInRootMapping(at: next.offset, lineIndex: next.lineIndex)
                composer.resumeInRootMapping()
            }
        }
        errors += parser.scanner.recordedErrors
        errors += composer.recordedErrors
        guard errors.isEmpty else { return .failure(report(errors, in: source)) }
        return .success(composer.root ?? YAMLNode(.null, line: firstLine, column: 1))
    }

    private func report(_ errors: [SyntaxError], in source: SourceText) -> YAMLErrors {
        var reported: [YAMLError] = []
        var seen: Set<String> = []
        for error in errors {
            let (line, column) = error.position ?? source.position(of: error.offset)
            // Text scanned twice after a new start would report the same problem twice.
            guard seen.insert("\(line):\(column):\(error.message)").inserted else { continue }
            reported.append(YAMLError(line: line, column: column, message: error.message, fix: error.fix))
        }
        let sorted = reported.enumerated().sorted { lhs, rhs in
            (lhs.element.line, lhs.element.column, lhs.offset) < (rhs.element.line, rhs.element.column, rhs.offset)
        }
        return YAMLErrors(sorted.map(\.element))
    }
}
