import Media
import TextCore

/// schema.org `NewsArticle` data for an article page, as JSON that is safe inside `<script>`:
/// the writer escapes `<`, `>` and `&`, so no title or name can end the script element or
/// open a comment.
enum StructuredData {
    /// The article in another language: its language, its absolute URL, and whether it is the
    /// original (the version in the first of the site's languages) that the others translate.
    struct Version: Sendable, Hashable {
        let language: String
        let url: String
        let isOriginal: Bool
    }

    /// `versions` are the article in the other languages: the original's page names its
    /// translations (`workTranslation`), a translation's names the original (`translationOfWork`).
    static func newsArticle(_ article: Article, site: Site, versions: [Version] = []) -> String {
        let config = site.config
        let urls = config.urls
        let canonical = urls.absolute(article.url)
        var fields: [(key: String, value: JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("NewsArticle")),
            ("headline", .string(article.title)),
            ("description", .string(article.summary)),
            ("datePublished", .string(article.date.iso8601)),
            ("dateModified", .string((article.updated ?? article.date).iso8601)),
            ("inLanguage", .string(config.language)),
            ("mainEntityOfPage", .object([("@type", .string("WebPage")), ("@id", .string(canonical))])),
            ("url", .string(canonical)),
        ]
        if let original = versions.first(where: \.isOriginal) {
            fields.append(("translationOfWork", reference(original)))
        } else if !versions.isEmpty {
            fields.append(("workTranslation", .array(versions.map(reference))))
        }
        fields.append(("author", .array(article.authorIDs.compactMap(site.author).map { author in
            .object([("@type", .string("Person")), ("name", .string(author.name)), ("url", .string(urls.absolute(author.url)))])
        })))
        var publisher: [(key: String, value: JSONValue)] = [
            ("@type", .string("Organization")), ("name", .string(config.publisherName)), ("url", .string(urls.base.absolute)),
        ]
        if let logo = config.publisherLogo {
            publisher.append(("logo", .object([("@type", .string("ImageObject")), ("url", .string(urls.absolute(urls.configured(logo))))])))
        }
        // A press release's contacts: schema.org's ContactPoint of the publisher, for the press.
        let contacts = article.contactIDs.compactMap(site.contact)
        if !contacts.isEmpty {
            publisher.append(("contactPoint", .array(contacts.map { contactPoint($0) })))
        }
        fields.append(("publisher", .object(publisher)))
        // The cover with its caption and credit, and the share image when it is another file
        // (search engines, like link previews, want a raster image).
        let pictures = article.pictures
        var images: [JSONValue] = []
        if let cover = pictures.cover {
            images.append(imageObject(cover, caption: pictures.coverCaption, credit: pictures.coverCredit, urls: urls))
        }
        if let share = pictures.shareImage, share.url != pictures.cover?.url {
            images.append(imageObject(share, caption: nil, credit: nil, urls: urls))
        }
        if !images.isEmpty { fields.append(("image", .array(images))) }
        let keywords = article.tagSlugs.compactMap(site.tag).map(\.name)
        if !keywords.isEmpty {
            fields.append(("keywords", .array(keywords.map(JSONValue.string))))
        }
        fields.append(("wordCount", .int(article.wordCount)))
        return JSONWriter(escapesForHTML: true).text(.object(fields))
    }

    private static func reference(_ version: Version) -> JSONValue {
        .object([("@type", .string("NewsArticle")), ("@id", .string(version.url)), ("url", .string(version.url)),
                 ("inLanguage", .string(version.language))])
    }

    /// schema.org `ImageObject`: the file's address and size, its caption, and the credit as
    /// `creditText` and `copyrightNotice` (what the rights holder asks to be printed).
    private static func imageObject(_ image: SiteImage, caption: String?, credit: String?, urls: SiteURLs) -> JSONValue {
        let url = urls.absolute(image.url)
        var fields: [(key: String, value: JSONValue)] = [
            ("@type", .string("ImageObject")), ("url", .string(url)), ("contentUrl", .string(url)),
        ]
        if let facts = image.facts {
            fields.append(("width", .int(facts.width)))
            fields.append(("height", .int(facts.height)))
            fields.append(("encodingFormat", .string(facts.format.mediaType)))
        }
        if let caption { fields.append(("caption", .string(caption))) }
        if let credit {
            fields.append(("creditText", .string(credit)))
            fields.append(("copyrightNotice", .string(credit)))
        }
        return .object(fields)
    }

    private static func contactPoint(_ contact: Contact) -> JSONValue {
        var fields: [(key: String, value: JSONValue)] = [
            ("@type", .string("ContactPoint")), ("contactType", .string("press")), ("name", .string(contact.name)),
        ]
        if let role = contact.role { fields.append(("description", .string(role))) }
        if let phone = contact.phoneE164 { fields.append(("telephone", .string(phone))) }
        if let email = contact.email { fields.append(("email", .string(email))) }
        if !contact.languages.isEmpty { fields.append(("availableLanguage", .array(contact.languages.map(JSONValue.string)))) }
        return .object(fields)
    }
}
