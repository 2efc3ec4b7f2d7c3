import FrontMatter

/// Reads what `CacheWriter+Content.swift` wrote.
extension CacheReader {
    mutating func readLocation() throws(Damaged) -> SourceLocation {
        SourceLocation(path: try readPath(), line: try readInt(), column: try readInt())
    }

    mutating func readDiagnostic() throws(Damaged) -> Diagnostic {
        let severity: Diagnostic.Severity = try readBool() ? .error : .warning
        let location = try readOptional { reader throws(Damaged) in try reader.readLocation() }
        let message = try readString()
        let fix = try readOptionalString()
        let notes = try readArray { reader throws(Damaged) in
            let location = try reader.readOptional { reader throws(Damaged) in try reader.readLocation() }
            return Diagnostic.Note(try reader.readString(), at: location)
        }
        return Diagnostic(severity, message, at: location, fix: fix, notes: notes)
    }

    mutating func readDiagnostics() throws(Damaged) -> [Diagnostic] {
        try readArray { reader throws(Damaged) in try reader.readDiagnostic() }
    }

    mutating func readDate() throws(Damaged) -> SiteDate {
        SiteDate(secondsSince1970: Int64(bitPattern: try readUInt64()), utcOffsetSeconds: try readInt())
    }

    mutating func readReference() throws(Damaged) -> ArticleDraft.Reference {
        ArticleDraft.Reference(name: try readString(), location: try readLocation())
    }

    mutating func readReferences() throws(Damaged) -> [ArticleDraft.Reference] {
        try readArray { reader throws(Damaged) in try reader.readReference() }
    }

    mutating func readNode(depth: Int = 0) throws(Damaged) -> YAMLNode {
        // Nesting deeper than the YAML parser allows is damage, not a value.
        guard depth < 200 else { throw Damaged() }
        let line = try readInt()
        let column = try readInt()
        let value: YAMLValue
        switch try readInt() {
        case 0: value = .null
        case 1: value = .bool(try readBool())
        case 2: value = .int(try readInt())
        case 3: value = .double(Double(bitPattern: try readUInt64()))
        case 4: value = .string(try readString())
        case 5: value = .sequence(try readArray { reader throws(Damaged) in try reader.readNode(depth: depth + 1) })
        case 6:
            value = .mapping(try readArray { reader throws(Damaged) in
                YAMLPair(key: try reader.readNode(depth: depth + 1), value: try reader.readNode(depth: depth + 1))
            })
        default: throw Damaged()
        }
        return YAMLNode(value, line: line, column: column)
    }

    /// A document of the site in `rootPath`, whose body stays in its file.
    mutating func readDocument(rootPath: String) throws(Damaged) -> ContentDocument {
        ContentDocument(path: try readPath(), hasFrontMatter: try readBool(), isBodyFound: try readBool(),
                        bodyHash: try readUInt64(), rootPath: rootPath,
                        bodyStartLine: try readInt(), diagnostics: try readDiagnostics(), bodyDiagnostics: try readDiagnostics())
    }

    mutating func readDraft(rootPath: String) throws(Damaged) -> ArticleDraft {
        let file = ContentInventory.ArticleFile(path: try readPath(), isBundle: try readBool(), bundleFiles: try readStrings(),
                                                language: try readOptionalString(), name: try readString())
        let document = try readDocument(rootPath: rootPath)
        let title = try readString()
        let subtitle = try readOptionalString()
        let summary = try readOptionalString()
        let date = try readDate()
        let updated = try readOptional { reader throws(Damaged) in try reader.readDate() }
        let authors = try readReferences()
        let tags = try readReferences()
        let image = try readOptional { reader throws(Damaged) in try reader.readReference() }
        let imageAlt = try readOptionalString()
        let related = try readOptional { reader throws(Damaged) in
            try reader.readArray { reader throws(Damaged) -> ArticleDraft.RelatedEntry in
                try reader.readBool() ? .article(try reader.readReference()) : .link(title: try reader.readString(), url: try reader.readString())
            }
        }
        let slug = try readString()
        let slugLocation = try readLocation()
        let isDraft = try readBool()
        let aliases = try readReferences()
        let params = try readTable { reader throws(Damaged) in try reader.readNode() }
        var newsroom = ArticleDraft.Newsroom()
        newsroom.section = try readOptional { reader throws(Damaged) in try reader.readReference() }
        newsroom.categories = try readReferences()
        newsroom.contacts = try readOptional { reader throws(Damaged) in try reader.readReferences() }
        newsroom.dateline = try readOptionalString()
        newsroom.embargo = try readOptional { reader throws(Damaged) in try reader.readDate() }
        newsroom.embargoLocation = try readOptional { reader throws(Damaged) in try reader.readLocation() }
        let translationKey = try readOptional { reader throws(Damaged) in try reader.readReference() }
        var pictures = ArticleDraft.Pictures()
        pictures.caption = try readOptionalString()
        pictures.credit = try readOptionalString()
        pictures.shareImage = try readOptional { reader throws(Damaged) in try reader.readReference() }
        pictures.shareImageAlt = try readOptionalString()
        pictures.media = try readReferences()
        return ArticleDraft(file: file, document: document, title: title, subtitle: subtitle, summary: summary, date: date,
                            updated: updated, authors: authors, tags: tags, image: image, imageAlt: imageAlt, related: related,
                            slug: slug, slugLocation: slugLocation, isDraft: isDraft, aliases: aliases, params: params,
                            newsroom: newsroom, pictures: pictures, translationKey: translationKey)
    }

    mutating func readArticle(rootPath: String) throws(Damaged) -> ContentCache.ReadArticle {
        ContentCache.ReadArticle(signature: try readSignature(), bundleFiles: try readStrings(), draft: try readDraft(rootPath: rootPath), failedDocument: nil,
                                 diagnostics: try readDiagnostics(), namedAuthors: try readStrings())
    }
}
