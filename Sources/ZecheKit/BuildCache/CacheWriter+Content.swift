import FrontMatter

/// How the content cache (`ContentStore`) writes what the content stage read: diagnostics,
/// front matter values and article drafts. Read back by `CacheReader+Content.swift`.
extension CacheWriter {
    mutating func write(_ location: SourceLocation) {
        write(location.path)
        write(location.line)
        write(location.column)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        write(diagnostic.isError)
        write(diagnostic.location) { $0.write($1) }
        write(diagnostic.message)
        write(diagnostic.fix)
        write(diagnostic.notes) { writer, note in
            writer.write(note.location) { $0.write($1) }
            writer.write(note.message)
        }
    }

    mutating func write(_ diagnostics: [Diagnostic]) { write(diagnostics) { $0.write($1) } }

    mutating func write(_ date: SiteDate) {
        write(UInt64(bitPattern: date.secondsSince1970))
        write(date.utcOffsetSeconds)
    }

    mutating func write(_ reference: ArticleDraft.Reference) {
        write(reference.name)
        write(reference.location)
    }

    mutating func write(_ references: [ArticleDraft.Reference]) { write(references) { $0.write($1) } }

    /// A front matter value; only those `isStorable` accepts.
    mutating func write(_ node: YAMLNode) {
        write(node.line)
        write(node.column)
        switch node.value {
        case .null: write(0)
        case .bool(let value): write(1); write(value)
        case .int(let value): write(2); write(value)
        case .double(let value): write(3); write(value.bitPattern)
        case .string(let value): write(4); write(value)
        case .sequence(let nodes): write(5); write(nodes) { $0.write($1) }
        case .mapping(let pairs):
            write(6)
            write(pairs) { writer, pair in
                writer.write(pair.key)
                writer.write(pair.value)
            }
        case .date, .dateTime: write(7)
        }
    }

    mutating func write(_ document: ContentDocument) {
        write(document.path)
        write(document.hasFrontMatter)
        write(document.isBodyFound)
        // The Markdown only by its hash: the rendered body is kept, and the file is read
        // again in the rare case that the body must be rendered anew (`ContentDocument.loadBody`).
        write(document.bodyHash)
        write(document.bodyStartLine)
        write(document.diagnostics)
        write(document.bodyDiagnostics)
    }

    mutating func write(_ draft: ArticleDraft) {
        write(draft.file.path)
        write(draft.file.isBundle)
        write(draft.file.bundleFiles)
        write(draft.file.language)
        write(draft.file.name)
        write(draft.document)
        write(draft.title)
        write(draft.subtitle)
        write(draft.summary)
        write(draft.date)
        write(draft.updated) { $0.write($1) }
        write(draft.authors)
        write(draft.tags)
        write(draft.image) { $0.write($1) }
        write(draft.imageAlt)
        write(draft.related) { writer, related in
            writer.write(related) { writer, entry in
                switch entry {
                case .article(let reference):
                    writer.write(true)
                    writer.write(reference)
                case .link(let title, let url):
                    writer.write(false)
                    writer.write(title)
                    writer.write(url)
                }
            }
        }
        write(draft.slug)
        write(draft.slugLocation)
        write(draft.isDraft)
        write(draft.aliases)
        write(draft.params) { $0.write($1) }
        write(draft.newsroom.section) { $0.write($1) }
        write(draft.newsroom.categories)
        write(draft.newsroom.contacts) { $0.write($1) }
        write(draft.newsroom.dateline)
        write(draft.newsroom.embargo) { $0.write($1) }
        write(draft.newsroom.embargoLocation) { $0.write($1) }
        write(draft.translationKey) { $0.write($1) }
        write(draft.pictures.caption)
        write(draft.pictures.credit)
        write(draft.pictures.shareImage) { $0.write($1) }
        write(draft.pictures.shareImageAlt)
        write(draft.pictures.media)
    }

    /// An article as the content stage read it; only those `ContentStore.isStorable` accepts.
    mutating func write(_ read: ContentCache.ReadArticle) {
        guard let signature = read.signature, let draft = read.draft else { return }
        write(signature)
        write(read.bundleFiles)
        write(draft)
        write(read.diagnostics)
        write(read.namedAuthors)
    }
}

extension YAMLNode {
    /// Whether the content cache can keep the value: dates are read again from the file.
    var isStorable: Bool {
        switch value {
        case .null, .bool, .int, .double, .string: true
        case .sequence(let nodes): nodes.allSatisfy(\.isStorable)
        case .mapping(let pairs): pairs.allSatisfy { $0.key.isStorable && $0.value.isStorable }
        case .date, .dateTime: false
        }
    }
}
