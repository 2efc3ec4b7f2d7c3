import Markdown

/// How the content cache writes rendered Markdown bodies and image headers. Read back by
/// `CacheReader+Bodies.swift`.
extension CacheWriter {
    mutating func write(_ facts: ImageFacts) {
        write(facts.format.rawValue)
        write(facts.width)
        write(facts.height)
        write(facts.byteCount)
    }

    /// A catalog entry whose header could be read (`ContentStore.isStorable`).
    mutating func write(_ entry: ImageCatalog.Entry) {
        guard let signature = entry.signature, case .success(let facts) = entry.result else { return }
        write(signature)
        write(facts)
    }

    mutating func write(_ link: SiteLink) {
        write(link.destination)
        write(link.path)
        write(link.location)
        write(link.lookedForFile)
    }

    /// A parse's facts, with its HTML, plain text and outline (headings and quotes) in the heap
    /// (`writePlaced`): a build reads them only for the pages, feeds and search documents it
    /// makes again. A body that `heap` (the part's own file) already holds is not copied: its
    /// places are written.
    mutating func write(_ document: MarkdownDocument, body: ArticleBody, heap: BodyStore? = nil) {
        let inHeap = heap.flatMap { body.slices(in: $0) }
        if let inHeap { writePlace(inHeap.html) } else { writePlaced { body.appendHTML(to: &$0) } }
        write(document.summary)
        write(document.links) { writer, link in
            writer.write(link.kind == .image)
            writer.write(link.destination)
            writer.write(link.line)
            writer.write(link.column)
            writer.write(link.isDropped)
        }
        write(document.wordCount)
        if let inHeap { writePlace(inHeap.text) } else { writePlaced { body.appendText(to: &$0) } }
        if let inHeap { writePlace(inHeap.outline) } else { writePlaced { body.appendOutline(to: &$0) } }
        write(document.templateSyntax) { writer, syntax in
            writer.write(syntax.kind == .liquidTag ? 0 : syntax.kind == .shortcode ? 1 : 2)
            writer.write(syntax.text)
            writer.write(syntax.name)
            writer.write(syntax.line)
            writer.write(syntax.column)
            writer.write(syntax.utf8Range.lowerBound)
            writer.write(syntax.utf8Range.upperBound)
            writer.write(syntax.content)
        }
        write(document.htmlBlockLines) { writer, lines in
            writer.write(lines.lowerBound)
            writer.write(lines.upperBound)
        }
        write(document.images) { writer, image in
            writer.write(image.destination)
            writer.write(image.alt)
            writer.write(image.caption)
            writer.write(image.credit)
            writer.write(image.isFigure)
            writer.write(image.line)
            writer.write(image.column)
        }
    }

    /// A rendered body (`ContentStore.isStorable`), its place by the number of its addresses
    /// in the cache's table of them. Its Markdown is its draft's, not written twice.
    mutating func write(_ body: ContentCache.RenderedBody, urls: Int, heap: BodyStore? = nil) {
        write(body.resolutions) { writer, resolution in
            writer.write(resolution.destination)
            switch resolution.resolution {
            case .keep: writer.write(0)
            case .rewrite(let url): writer.write(1); writer.write(url)
            case .outside: writer.write(2)
            case .missing: writer.write(3)
            }
        }
        // The hashes of the HTML and the text, which page signatures and the search index
        // compare, are not made again when the body is read back; that of the outline is what
        // the outline is checked against when a page reads it.
        write(body.rendered.hash)
        write(body.rendered.textHash)
        write(body.rendered.outlineHash)
        write(body.document, body: body.rendered, heap: heap)
        write(body.diagnostics)
        write(body.rootRelativeLinks) { $0.write($1) }
        write(urls)
        write(body.place.pageURL)
        write(body.place.hasCover)
        write(body.imageUses) { writer, use in
            writer.write(use.outputPath)
            writer.write(use.file)
            writer.write(use.entry) { $0.write($1) }
        }
        write(body.requiresCredit)
    }
}
