import Media
import TextCore

// What the page signatures combine, fed to a `StableHasher` field by field, so that a
// signature kept in the build cache means the same in the next process. A field added to one
// of these types must be added here too, or pages showing it are not rendered again when only
// it changes (the cold-versus-warm differential test finds that).

extension SiteDate: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(secondsSince1970)
        hasher.combine(utcOffsetSeconds)
    }
}

extension PageAddress: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(url)
        hasher.combine(outputPath)
    }
}

extension ImageFacts: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(format.rawValue)
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(byteCount)
    }
}

extension SiteImage: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(url)
        hasher.combine(sourcePath)
        hasher.combine(facts)
    }
}

extension Article.Pictures: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(cover)
        hasher.combine(coverAlt)
        hasher.combine(coverCaption)
        hasher.combine(coverCredit)
        hasher.combine(shareImage)
        hasher.combine(shareImageAlt)
        hasher.combine(mediaIDs)
    }
}

extension PublicationStatus: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        switch self {
        case .published: hasher.combine(0)
        case .draft: hasher.combine(1)
        case .scheduled(let date):
            hasher.combine(2)
            hasher.combine(date)
        }
    }
}

extension Embargo: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(until)
        hasher.combine(privateAddress)
    }
}

extension RelatedLink: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        switch self {
        case .article(let index):
            hasher.combine(0)
            hasher.combine(index)
        case .external(let title, let url):
            hasher.combine(1)
            hasher.combine(title)
            hasher.combine(url)
        }
    }
}

extension MediaFile: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(name)
        hasher.combine(sourcePath)
        hasher.combine(address)
        hasher.combine(byteCount)
        hasher.combine(image)
        hasher.combine(caption)
        hasher.combine(credit)
        hasher.combine(licence)
        hasher.combine(alt)
    }
}

extension MediaAlbum: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(id)
        hasher.combine(title)
        hasher.combine(description)
        hasher.combine(contentHTML)
        hasher.combine(licence)
        hasher.combine(date)
        hasher.combine(sourcePath)
        hasher.combine(address)
        hasher.combine(archive)
        hasher.combine(files)
        hasher.combine(params.mapValues { $0.jsonText() })
    }
}

extension Boilerplate: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(title)
        hasher.combine(html)
        hasher.combine(text)
        hasher.combine(sourcePath)
    }
}

extension BuildOptions.Publishing: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(includeDrafts)
        hasher.combine(includeFuture)
        hasher.combine(baseURLOverride?.absolute)
        // The secret itself is never kept, only a token made from it.
        hasher.combine(embargoKey?.token(forSlug: "\u{0}zeche-build-cache"))
        hasher.combine(showsEmbargoed)
    }
}

extension RenderJob.Kind: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        switch self {
        case .article(let index, let older, let newer, let listPage):
            hasher.combine(0)
            hasher.combine(index)
            hasher.combine(older)
            hasher.combine(newer)
            hasher.combine(listPage)
        case .index(let page, let pageCount): combine(1, page, pageCount, into: &hasher)
        case .tag(let index, let page, let pageCount): combine(2, index, page, pageCount, into: &hasher)
        case .tags: hasher.combine(3)
        case .author(let index, let page, let pageCount): combine(4, index, page, pageCount, into: &hasher)
        case .authors: hasher.combine(5)
        case .section(let index, let page, let pageCount): combine(6, index, page, pageCount, into: &hasher)
        case .category(let index, let page, let pageCount): combine(7, index, page, pageCount, into: &hasher)
        case .categories: hasher.combine(8)
        case .contacts: hasher.combine(9)
        case .embargoed(let index): combine(10, index, into: &hasher)
        case .media: hasher.combine(11)
        case .album(let index): combine(12, index, into: &hasher)
        case .page(let index): combine(13, index, into: &hasher)
        case .notFound: hasher.combine(14)
        case .search: hasher.combine(15)
        }
    }

    private func combine(_ numbers: Int..., into hasher: inout StableHasher) {
        for number in numbers { hasher.combine(number) }
    }
}

extension PlannedFeed: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(language)
        hasher.combine(title)
        hasher.combine(atom)
        hasher.combine(json)
        hasher.combine(listURL)
        hasher.combine(articles)
    }
}

extension RenderJob.Translation: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(language)
        hasher.combine(url)
    }
}

extension PlannedArchive: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(albumID)
        hasher.combine(address)
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.sourcePath)
        }
        hasher.combine(date)
    }
}
