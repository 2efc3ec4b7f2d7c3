import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Parses Markdown bodies with cmark-gfm and the GitHub extensions (table, strikethrough,
/// autolink, tagfilter, tasklist, footnotes), and renders them to HTML.
///
/// A parser is a plain value: use one from many threads at once. Every cmark node, iterator
/// and buffer a parse allocates is freed before `parse` returns.
public struct MarkdownParser: Sendable {
    public var options: MarkdownOptions

    public init(options: MarkdownOptions = MarkdownOptions()) {
        self.options = options
    }

    /// Parses `text` and renders it, keeping every link destination as written.
    public func parse(_ text: String) -> MarkdownDocument {
        parse(text, rewritingLinks: { _ in nil })
    }

    /// Why `text` is not parsed: a shape that cmark-gfm 0.29.0.gfm.6 parses in quadratic time
    /// (many brackets, unclosed `<?`, wide table rows, tables that add many cells), found in
    /// one pass; `nil` for every text that parses in time linear in its size.
    public static func shapeProblem(in text: String) -> MarkdownShapeProblem? {
        MarkdownShapeScan.firstProblem(in: text)
    }

    /// Parses `text` and renders it; `rewrite` sees every link and image destination in
    /// document order and returns a replacement URL, or `nil` to keep it.
    ///
    /// A text with a shape that cmark-gfm would need minutes for is not parsed: the result is
    /// an empty document whose `shapeProblem` says why (see `shapeProblem(in:)`).
    public func parse(_ text: String, rewritingLinks rewrite: (LinkReference) -> String?) -> MarkdownDocument {
        parse(text, resolvingLinks: { LinkResolution(url: rewrite($0)) }, segmentation: .standard)
    }

    /// Parses `text` and renders it; `resolve` sees every link and image destination in
    /// document order (but those left out as unsafe) and says where each leads and, for an
    /// image, the attributes of its `<img>`: its size and whether it loads lazily.
    ///
    /// An image with a title that stands alone in its paragraph becomes a `<figure>` whose
    /// `<figcaption>` holds the title's caption and credit (see `MarkdownImage`).
    public func parse(_ text: String, resolvingLinks resolve: (LinkReference) -> LinkResolution) -> MarkdownDocument {
        parse(text, resolvingLinks: resolve, segmentation: .standard)
    }

    /// `parse`, with the sizes at which a long text is parsed in parts (tests make them tiny,
    /// to show that parts give the same document as the whole text).
    func parse(_ text: String, rewritingLinks rewrite: (LinkReference) -> String?, segmentation: MarkdownSegmenter.Settings) -> MarkdownDocument {
        parse(text, resolvingLinks: { LinkResolution(url: rewrite($0)) }, segmentation: segmentation)
    }

    /// `parse(_:resolvingLinks:)` with the sizes of the parts.
    func parse(_ text: String, resolvingLinks resolve: (LinkReference) -> LinkResolution, segmentation: MarkdownSegmenter.Settings) -> MarkdownDocument {
        if let problem = Self.shapeProblem(in: text) {
            return MarkdownDocument(html: "", headings: [], summary: "", quotes: [], links: [], wordCount: 0, shapeProblem: problem)
        }
        var walker = DocumentWalker(source: SourceText(""), dropsUnsafeLinks: !options.allowsRawHTML)
        let cuts = MarkdownSegmenter.cuts(in: text, settings: segmentation)
        var html = ""
        var hasFootnotes = false
        if cuts.isEmpty {
            walker.begin(part: SourceText(text), lineOffset: 0)
            guard let rendered = render(text, walker: &walker, resolve: resolve) else { return .empty }
            (html, hasFootnotes) = rendered
        } else {
            // A long text in parts: cmark's tree of one part at a time (see MarkdownSegmenter).
            html.reserveCapacity(text.utf8.count + text.utf8.count / 4)
            var lineOffset = 0
            var start = text.utf8.startIndex
            for end in cuts.map({ text.utf8.index(text.utf8.startIndex, offsetBy: $0) }) + [text.utf8.endIndex] {
                let part = String(text[start..<end])
                walker.begin(part: SourceText(part), lineOffset: lineOffset)
                guard let rendered = render(part, walker: &walker, resolve: resolve) else { return .empty }
                html += rendered.html
                // Raw HTML can hold the footnotes section's opening tag, in any part.
                hasFootnotes = hasFootnotes || rendered.hasFootnotes
                lineOffset += Self.lineCount(part)
                start = end
            }
        }
        if let labels = options.footnoteLabels, hasFootnotes {
            html = Self.label(footnotesOf: html, labels)
        }
        return MarkdownDocument(
            html: html, headings: walker.headings, summary: walker.summary, quotes: walker.quotes,
            links: walker.links, wordCount: walker.wordCount,
            templateSyntax: walker.templateSyntax(whole: cuts.isEmpty ? nil : SourceText(text)),
            htmlBlockLines: walker.htmlBlockLines, plainText: walker.plainText, images: walker.images)
    }

    /// Parses one text (a whole body or a part of it) with cmark, walks its tree and renders
    /// it; the tree is freed before the returned HTML is made.
    private func render(_ text: String, walker: inout DocumentWalker, resolve: (LinkReference) -> LinkResolution) -> (html: String, hasFootnotes: Bool)? {
        let extensions = CmarkExtensions.shared
        // Style attributes instead of the obsolete `align`, which HTML checkers warn about.
        var cmarkOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        if options.allowsRawHTML { cmarkOptions |= CMARK_OPT_UNSAFE }
        if options.usesSmartPunctuation { cmarkOptions |= CMARK_OPT_SMART }

        // The thread's arena, or (for a parse inside another one, or a text so large that
        // the garbage a parse leaves would matter) the system allocator.
        let arena = text.utf8.count <= Self.largestArenaText ? ParseArena.acquire() : nil
        defer { arena?.release() }
        guard let memory = arena?.allocator ?? cmark_get_default_mem_allocator(),
              let parser = cmark_parser_new_with_mem(cmarkOptions, memory) else { return nil }
        defer { cmark_parser_free(parser) }
        for ext in extensions.all { cmark_parser_attach_syntax_extension(parser, ext) }

        let root: OpaquePointer? = Self.withParseLock(needed: !extensions.allowsConcurrentParsing) {
            var source = Self.replacingControlCharacters(in: text)
            source.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let root else { return nil }
        walker.walk(root, resolvingLinks: resolve)
        let marks = walker.applyMarks(root: root, memory: memory)
        let rendered = cmark_render_html_with_mem(root, cmarkOptions, cmark_parser_get_syntax_extensions(parser), memory)
        // The tree can go before the HTML is copied: with it, a long text was in memory
        // three times over.
        cmark_node_free(root)
        guard let rendered else { return nil }
        defer { memory.pointee.free(rendered) }
        // strstr on cmark's bytes: `String.contains` goes through Foundation's locale-aware
        // search, which cost a fifth of a 10,000-article build.
        let hasFootnotes = Self.footnotesSection.withCString { strstr(rendered, $0) != nil }
        return (HTMLMarkers.resolve(rendered, headingIDs: marks.headingIDs), hasFootnotes)
    }

    /// The number of line ends (LF, CR LF or a lone CR) in `text`.
    private static func lineCount(_ text: String) -> Int {
        var count = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A, previous != 0x0D { count += 1 }
            if byte == 0x0D { count += 1 }
            previous = byte
        }
        return count
    }

    /// The longest text parsed with the arena: it frees nothing until the parse ends, and for
    /// a 5 MB article the nodes, buffers and merged texts cmark made and dropped on the way
    /// took 62 MB in it (12 times the text); `malloc` gives that back as it goes.
    static let largestArenaText = 1 << 20

    /// How cmark-gfm opens the footnotes at the end of a document.
    private static let footnotesSection = "<section class=\"footnotes\" data-footnotes>"

    /// Gives the footnotes section a heading and the back links a label in the page's
    /// language; the text is escaped, since it comes from the site's interface strings.
    private static func label(footnotesOf html: String, _ labels: MarkdownOptions.FootnoteLabels) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        return html
            .replacingOccurrences(of: footnotesSection, with: "\(footnotesSection)\n<h2 class=\"visually-hidden\">\(escaped(labels.title))</h2>")
            .replacingOccurrences(of: "aria-label=\"Back to content\"", with: "aria-label=\"\(escaped(labels.back))\"")
    }

    // Used only where the special-character override is not in effect (see
    // SpecialCharacterGuard): cmark-gfm's shared inline tables then allow one parse at a time.
    private static let parseLock = Mutex(())

    private static func withParseLock<T>(needed: Bool, _ body: () -> T) -> T {
        guard needed else { return body() }
        return parseLock.withLock { _ in body() }
    }
}

extension MarkdownDocument {
    static let empty = MarkdownDocument(html: "", headings: [], summary: "", quotes: [], links: [], wordCount: 0)
}

extension MarkdownParser {
    /// `text` with each C0 control character but tab, line feed, form feed and carriage return
    /// (and DEL) replaced by a space; NUL stays, as cmark makes it U+FFFD as CommonMark says. HTML forbids them, and raw HTML must not carry the control
    /// bytes of `HTMLMarkers` into the output, where they would move heading ids (found by
    /// fuzzing). One byte for one keeps every line and column as the editor sees it.
    static func replacingControlCharacters(in text: String) -> String {
        func isForbidden(_ byte: UInt8) -> Bool {
            (byte > 0 && byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D) || byte == 0x7F
        }
        // The contiguous bytes when there are (always, for text read from a file): the
        // generic `contains` over a UTF-8 view was 2 % of a large build.
        let hasForbidden = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where isForbidden(byte) { return true }
            return false
        } ?? text.utf8.contains(where: isForbidden)
        guard hasForbidden else { return text }
        return String(decoding: text.utf8.map { isForbidden($0) ? 0x20 : $0 }, as: UTF8.self)
    }
}
