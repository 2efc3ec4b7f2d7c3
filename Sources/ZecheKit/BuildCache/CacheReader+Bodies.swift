import Markdown
import Media

/// Reads what `CacheWriter+Bodies.swift` wrote.
extension CacheReader {
    mutating func readFacts() throws(Damaged) -> ImageFacts {
        guard let format = ImageFormat(rawValue: try readString()) else { throw Damaged() }
        return ImageFacts(format: format, width: try readInt(), height: try readInt(), byteCount: try readInt())
    }

    mutating func readImageEntry() throws(Damaged) -> ImageCatalog.Entry {
        ImageCatalog.Entry(signature: try readSignature(), result: .success(try readFacts()))
    }

    /// A site link, its destination shared with one of `destinations` where it is the same.
    mutating func readSiteLink(destinations: [String], next: inout Int) throws(Damaged) -> SiteLink {
        SiteLink(destination: try readString(sharingWith: destinations, next: &next), path: try readString(), location: try readLocation(),
                 lookedForFile: try readOptionalString())
    }

    /// A parse's facts, without its HTML, plain text and outline, which stay in the file `store`
    /// reads (as in `MarkdownDocument.withoutBodyParts`), and the body they make, whose HTML, text
    /// and outline have the XXH64 `htmlHash`, `textHash` and `outlineHash`. Its links' and images'
    /// destinations share the strings of `destinations` (its resolutions', which the parse made
    /// for every link and image) where they are the same.
    mutating func readMarkdown(leavingTextIn store: BodyStore, htmlHash: UInt64, textHash: UInt64, outlineHash: UInt64,
                               destinations: [String]) throws(Damaged) -> (MarkdownDocument, ArticleBody) {
        let html = try readHeapPlace()
        let summary = try readString()
        var next = 0
        let links = try readArray { reader throws(Damaged) in
            LinkReference(kind: try reader.readBool() ? .image : .link, destination: try reader.readString(sharingWith: destinations, next: &next),
                          line: try reader.readInt(), column: try reader.readInt(), isDropped: try reader.readBool())
        }
        next = 0
        let wordCount = try readInt()
        let plainText = try readHeapPlace()
        let outline = try readHeapPlace()
        let templateSyntax = try readArray { reader throws(Damaged) -> TemplateSyntax in
            let kinds: [TemplateSyntax.Kind] = [.liquidTag, .shortcode, .output]
            let kind = try reader.readInt()
            guard kinds.indices.contains(kind) else { throw Damaged() }
            let text = try reader.readString()
            let name = try reader.readString()
            let line = try reader.readInt()
            let column = try reader.readInt()
            let lower = try reader.readInt()
            let upper = try reader.readInt()
            guard lower <= upper else { throw Damaged() }
            return TemplateSyntax(kind: kinds[kind], text: text, name: name, line: line, column: column, utf8Range: lower..<upper,
                                  content: try reader.readString())
        }
        let htmlBlockLines = try readArray { reader throws(Damaged) -> ClosedRange<Int> in
            let lower = try reader.readInt()
            let upper = try reader.readInt()
            guard lower <= upper else { throw Damaged() }
            return lower...upper
        }
        let images = try readArray { reader throws(Damaged) in
            MarkdownImage(destination: try reader.readString(sharingWith: destinations, next: &next), alt: try reader.readString(), caption: try reader.readOptionalString(),
                          credit: try reader.readOptionalString(), isFigure: try reader.readBool(), line: try reader.readInt(),
                          column: try reader.readInt())
        }
        let document = MarkdownDocument(html: "", headings: [], summary: summary, quotes: [], links: links, wordCount: wordCount,
                                        templateSyntax: templateSyntax, htmlBlockLines: htmlBlockLines, plainText: "", images: images)
        return (document, ArticleBody(store: store, html: html, text: plainText, outline: outline, hash: htmlHash, textHash: textHash,
                                      outlineHash: outlineHash))
    }

    /// A rendered body of the Markdown whose hash is `bodyHash`, placed at one of `urls`; its
    /// HTML and plain text stay in the file `store` reads until a page or the search index
    /// reads them.
    mutating func readRenderedBody(bodyHash: UInt64, urls: [SiteURLs], store: BodyStore) throws(Damaged) -> ContentCache.RenderedBody {
        let resolutions = try readArray { reader throws(Damaged) -> (destination: String, resolution: LinkTargets.Resolution) in
            let destination = try reader.readString()
            switch try reader.readInt() {
            case 0: return (destination, .keep)
            case 1: return (destination, .rewrite(try reader.readString()))
            case 2: return (destination, .outside)
            default: throw Damaged()
            }
        }
        let destinations = resolutions.map(\.destination)
        let (document, body) = try readMarkdown(leavingTextIn: store, htmlHash: try readUInt64(), textHash: try readUInt64(),
                                                outlineHash: try readUInt64(), destinations: destinations)
        let diagnostics = try readDiagnostics()
        var next = 0
        let links = try readArray { reader throws(Damaged) in try reader.readSiteLink(destinations: destinations, next: &next) }
        let urlsIndex = try readInt()
        guard urls.indices.contains(urlsIndex) else { throw Damaged() }
        let place = BodyPlace(urls: urls[urlsIndex], pageURL: try readOptionalString(), hasCover: try readBool())
        let imageUses = try readArray { reader throws(Damaged) in
            BodyImages.Use(outputPath: try reader.readOptionalString(), file: try reader.readOptionalString(),
                           entry: try reader.readOptional { reader throws(Damaged) in try reader.readImageEntry() })
        }
        return ContentCache.RenderedBody(bodyHash: bodyHash, resolutions: resolutions, document: document, rendered: body,
                                         diagnostics: diagnostics, rootRelativeLinks: links, place: place,
                                         imageUses: imageUses, requiresCredit: try readBool())
    }
}
