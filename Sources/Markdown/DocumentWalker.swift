import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over a parsed cmark tree that collects headings, the summary, attributed quotes,
/// links and the word count, rewrites link destinations, and marks the nodes that
/// `applyMarks` changes once the pass is over (cmark allows no structural change while an
/// iterator walks the tree).
struct DocumentWalker {
    private var source: SourceText
    /// Lines of the text before the part being walked (see `MarkdownSegmenter`).
    private var lineOffset = 0
    /// The first of `headings` that belongs to the part being walked.
    private var firstHeadingOfPart = 0
    /// Whether links and images with unsafe destinations are replaced by their text.
    private let dropsUnsafeLinks: Bool

    private(set) var headings: [Heading] = []
    private(set) var summary = ""
    private(set) var quotes: [AttributedQuote] = []
    private(set) var links: [LinkReference] = []
    /// Every image, with its caption and credit (appended by `visitImage`).
    var images: [MarkdownImage] = []
    private var words = WordCounter()
    var wordCount: Int { words.count }
    /// The text and code spans outside images, as bytes: blocks end with a line feed, line
    /// breaks are spaces.
    private var textBytes: [UInt8] = []
    var plainText: String {
        var end = textBytes.count
        while end > 0, textBytes[end - 1] == 0x0A || textBytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: textBytes[..<end], as: UTF8.self)
    }

    private var headingNodes: [OpaquePointer] = []
    private var quoteNodes: [(blockquote: OpaquePointer, attribution: OpaquePointer)] = []
    private var slugs = SlugAllocator()
    private var headingText: String?
    private var summaryText: String?
    private var hasSummary = false
    private var imageDepth = 0
    /// Byte offset up to which the current block's inlines have been located.
    private var cursor = 0
    /// Where the current top-level block ends: a node is never looked for past it, so a text
    /// in parts finds the same places as the whole text.
    private var blockEnd = Int.max
    /// Where the last link was found, to count the next one's column from there.
    private var lastLinkPosition: SourceText.Position?

    /// Links and images whose destination is unsafe, to unwrap after the walk.
    private var droppedNodes: [OpaquePointer] = []
    /// Links to a place in this document (`#…`, kept as written), with the fragment: once all
    /// headings are known, one written for another generator's heading ids is pointed at the
    /// heading's Zeche id.
    private var fragmentLinks: [(node: OpaquePointer, fragment: String)] = []
    /// The lines of each code block, where template syntax is an example, not a leftover.
    private var codeBlockLines: [ClosedRange<Int>] = []
    /// The lines of each raw HTML block.
    private(set) var htmlBlockLines: [ClosedRange<Int>] = []
    /// Images Zeche renders itself (see `DocumentWalker+Images.swift`), once the walk is over.
    var imageRenderings: [ImageRendering] = []

    init(source: SourceText, dropsUnsafeLinks: Bool) {
        self.source = source
        self.dropsUnsafeLinks = dropsUnsafeLinks
    }

    /// Starts on the next part of a text parsed in parts: what the walker found so far stays
    /// (ids stay unique, the summary is the first paragraph's), and the part's lines count
    /// from `lineOffset` + 1.
    mutating func begin(part: SourceText, lineOffset: Int) {
        source = part
        self.lineOffset = lineOffset
        firstHeadingOfPart = headings.count
        cursor = 0
        blockEnd = Int.max
        lastLinkPosition = nil
        headingNodes = []
        quoteNodes = []
        droppedNodes = []
        // The nodes of the previous part are freed.
        imageRenderings = []
    }

    mutating func walk(_ root: OpaquePointer, resolvingLinks resolve: (LinkReference) -> LinkResolution) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                enter(node, resolve: resolve)
            } else {
                exit(node)
            }
        }
        words.boundary()
    }

    private mutating func enter(_ node: OpaquePointer, resolve: (LinkReference) -> LinkResolution) {
        let type = cmark_node_get_type(node)
        let isBlock = type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
        if isBlock, let start = source.offset(line: Int(cmark_node_get_start_line(node)), byteColumn: 1) {
            cursor = start
        }
        if isBlock { endTextBlock() }
        if isBlock, let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT {
            blockEnd = source.offset(line: Int(cmark_node_get_end_line(node)) + 1, byteColumn: 1) ?? source.count
        }
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            guard let literal = cmark_node_get_literal(node) else { return }
            if imageDepth == 0 {
                let length = strlen(literal)
                literal.withMemoryRebound(to: UInt8.self, capacity: length) {
                    let bytes = UnsafeBufferPointer(start: $0, count: length)
                    words.feed(bytes)
                    textBytes.append(contentsOf: bytes)
                }
            }
            if headingText != nil || summaryText != nil {
                let text = String(cString: literal)
                headingText? += text
                if imageDepth == 0 { summaryText? += text }
            }
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            words.boundary()
            if imageDepth == 0 { textBytes.append(0x20) }
            headingText? += " "
            summaryText? += " "
        case CMARK_NODE_HEADING:
            words.boundary()
            headingText = ""
        case CMARK_NODE_PARAGRAPH:
            words.boundary()
            if !hasSummary, let parent = cmark_node_parent(node), cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT {
                summaryText = ""
            }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            if type == CMARK_NODE_IMAGE { imageDepth += 1 }
            visitLink(node, isImage: type == CMARK_NODE_IMAGE, resolve: resolve)
        case CMARK_NODE_CODE_BLOCK:
            words.boundary()
            let start = Int(cmark_node_get_start_line(node)) + lineOffset
            codeBlockLines.append(start...max(start, Int(cmark_node_get_end_line(node)) + lineOffset))
        case CMARK_NODE_HTML_BLOCK:
            words.boundary()
            let start = Int(cmark_node_get_start_line(node)) + lineOffset
            htmlBlockLines.append(start...max(start, Int(cmark_node_get_end_line(node)) + lineOffset))
        default:
            if isBlock { words.boundary() }
        }
    }

    /// Ends the plain text's current block with a line feed, once.
    private mutating func endTextBlock() {
        if let last = textBytes.last, last != 0x0A { textBytes.append(0x0A) }
    }

    private mutating func exit(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) { endTextBlock() }
        switch type {
        case CMARK_NODE_HEADING:
            let text = collapseSpaces(headingText ?? "")
            headingText = nil
            let id = slugs.unique(for: text)
            headings.append(Heading(
                level: Int(cmark_node_get_heading_level(node)), text: text, id: id,
                line: Int(cmark_node_get_start_line(node)) + lineOffset))
            headingNodes.append(node)
            words.boundary()
        case CMARK_NODE_PARAGRAPH:
            if let text = summaryText {
                summaryText = nil
                let collapsed = collapseSpaces(text)
                if !collapsed.isEmpty {
                    summary = collapsed
                    hasSummary = true
                }
            }
            words.boundary()
        case CMARK_NODE_IMAGE:
            imageDepth -= 1
        case CMARK_NODE_BLOCK_QUOTE:
            visitBlockquote(node)
        default:
            break
        }
    }

    private mutating func visitLink(_ node: OpaquePointer, isImage: Bool, resolve: (LinkReference) -> LinkResolution) {
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        // A link starts with `[`, an image with `![`; autolinks with `<` or the URL itself
        // (the extension's `www.` links have no scheme in the text).
        var starts = isImage ? Self.imageStarts : Self.linkStarts
        if !isImage, cmark_node_get_start_line(node) == 0 || destination.hasPrefix("http://www.") {
            starts = [Array(destination.utf8)]
            if destination.hasPrefix("http://www.") { starts.append(Array(destination.utf8.dropFirst(7))) }
            if destination.hasPrefix("mailto:") { starts.append(Array(destination.utf8.dropFirst(7))) }
        }
        let offset = source.locate(
            line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)),
            startingWith: starts, searchFrom: cursor, searchEnd: blockEnd)
        if let offset { cursor = offset + 1 }
        var position = (line: 1, column: 1)
        if let offset {
            let found = source.position(of: offset, after: lastLinkPosition)
            lastLinkPosition = found
            position = (found.line, found.column)
        }
        let isDropped = dropsUnsafeLinks && LinkReference.isUnsafe(destination)
        let reference = LinkReference(
            // A link cmark gives no place for stays at 1:1, however the text was cut into parts.
            kind: isImage ? .image : .link, destination: destination, line: position.line + (offset == nil ? 0 : lineOffset),
            column: position.column,
            isDropped: isDropped)
        links.append(reference)
        if isDropped {
            droppedNodes.append(node)
            return
        }
        let resolution = resolve(reference)
        if let replacement = resolution.url {
            cmark_node_set_url(node, replacement)
        } else if !isImage, destination.utf8.first == UInt8(ascii: "#") {
            fragmentLinks.append((node, String(destination.dropFirst())))
        }
        if isImage { visitImage(node, reference: reference, attributes: resolution.image) }
    }

    private static let imageStarts = [Array("![".utf8)]
    private static let linkStarts = [Array("[".utf8), Array("<".utf8)]

    /// Records a blockquote whose last paragraph starts with `— ` or `-- ` as a quote.
    private mutating func visitBlockquote(_ node: OpaquePointer) {
        guard let last = cmark_node_last_child(node), cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH,
              last != cmark_node_first_child(node),
              let first = cmark_node_first_child(last), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(first)
        else { return }
        let text = String(cString: literal)
        let marker: String
        if text.hasPrefix("— ") { marker = "— " } else if text.hasPrefix("-- ") { marker = "-- " } else { return }
        cmark_node_set_literal(first, String(text.dropFirst(marker.count)))

        var paragraphs: [String] = []
        var child = cmark_node_first_child(node)
        while let current = child, current != last {
            let plain = collapseSpaces(PlainText.of(current))
            if !plain.isEmpty { paragraphs.append(plain) }
            child = cmark_node_next(current)
        }
        quotes.append(AttributedQuote(
            text: paragraphs.joined(separator: "\n"), attribution: collapseSpaces(PlainText.of(last)),
            line: Int(cmark_node_get_start_line(node)) + lineOffset))
        quoteNodes.append((node, last))
    }

    /// Template syntax of other generators outside code, once the walk is over; `whole` is the
    /// whole text when it was parsed in parts (the code blocks' lines count from its start).
    func templateSyntax(whole: SourceText? = nil) -> [TemplateSyntax] {
        let text = whole ?? source
        guard TemplateSyntaxScanner.mayContainTemplateSyntax(text.bytes) else { return [] }
        return TemplateSyntaxScanner(source: text, codeBlockLines: codeBlockLines).scan()
    }

    struct Marks {
        let headingIDs: [String]
    }

    /// Marks the headings for their ids, points in-page links written for another
    /// generator's heading ids at the headings (`LegacyHeadingIDs`), and wraps attributed
    /// quotes in figures; the rendered HTML then passes through `HTMLMarkers.resolve`.
    ///
    /// The new nodes come from `memory`, the allocator of the tree: cmark frees a whole tree
    /// with the allocator of its root.
    func applyMarks(root: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) -> Marks {
        if !fragmentLinks.isEmpty, !headings.isEmpty {
            let legacyIDs = LegacyHeadingIDs(headings: headings)
            for (node, fragment) in fragmentLinks {
                if let id = legacyIDs.zecheID(for: fragment) { cmark_node_set_url(node, "#" + id) }
            }
        }
        // cmark's safe mode would write `href=""` and `src=""` (an empty src is invalid
        // HTML); the link or image gives way to its text instead.
        for node in droppedNodes {
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_insert_before(node, child)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        for heading in headingNodes {
            guard let mark = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { continue }
            cmark_node_set_on_enter(mark, HTMLMarkers.headingID)
            cmark_node_set_on_exit(mark, "")
            if let first = cmark_node_first_child(heading) {
                cmark_node_insert_before(first, mark)
            } else {
                cmark_node_append_child(heading, mark)
            }
        }
        renderImages(memory: memory)
        for (blockquote, attribution) in quoteNodes {
            guard let figure = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory),
                  let mark = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { continue }
            cmark_node_set_on_enter(figure, "<figure class=\"quote\">")
            cmark_node_set_on_exit(figure, "</figure>")
            cmark_node_insert_before(blockquote, figure)
            cmark_node_unlink(blockquote)
            cmark_node_append_child(figure, blockquote)
            cmark_node_unlink(attribution)
            cmark_node_append_child(figure, attribution)
            Self.markNameAndRole(in: attribution, memory: memory)
            cmark_node_set_on_enter(mark, HTMLMarkers.figcaption)
            cmark_node_set_on_exit(mark, "")
            if let first = cmark_node_first_child(attribution) { cmark_node_insert_before(first, mark) }
        }
        return Marks(headingIDs: headings[firstHeadingOfPart...].map(\.id))
    }
}

/// Joins runs of whitespace into one space and trims the ends.
func collapseSpaces(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20) }
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
