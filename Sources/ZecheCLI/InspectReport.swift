import FrontMatter
import TextCore
import ZecheKit

/// The two forms of `zeche inspect`'s output.
enum InspectReport {
    /// The derived article as one JSON value, keys in a fixed order.
    static func json(_ article: Article, site: Site) -> JSONValue {
        let tags = article.tagSlugs.compactMap(site.tag)
        let outline = article.body.outline
        return .object([
            ("slug", .string(article.slug)),
            ("permalink", .string(article.url)),
            ("url", .string(site.config.urls.absolute(article.url))),
            ("outputPath", .string(article.outputPath)),
            ("title", .string(article.title)),
            ("subtitle", .optional(article.subtitle)),
            ("date", .string(article.date.iso8601)),
            ("updated", .optional(article.updated?.iso8601)),
            ("draft", .bool(article.isDraft)),
            ("authors", .array(article.authorIDs.map(JSONValue.string))),
            ("tags", .array(tags.map { .object([("name", .string($0.name)), ("slug", .string($0.slug))]) })),
            ("summary", .string(article.summary)),
            ("image", .optional(article.image)),
            ("imageAlt", .optional(article.imageAlt)),
            ("headings", .array(outline.headings.map {
                .object([("level", .int($0.level)), ("text", .string($0.text)), ("id", .string($0.id))])
            })),
            ("quotes", .array(outline.quotes.map { .object([("text", .string($0.text)), ("attribution", .string($0.attribution))]) })),
            ("wordCount", .int(article.wordCount)),
            ("readingMinutes", .int(article.readingMinutes)),
            ("related", .array(article.related.map(site.target).map { .object([("title", .string($0.title)), ("url", .string($0.url))]) })),
            ("relatedIsExplicit", .bool(article.hasExplicitRelated)),
            ("bundleFiles", .array(article.bundleFiles.map { .string($0.outputPath) })),
            ("section", .optional(article.sectionID)),
            ("categories", .array(article.categoryIDs.map(JSONValue.string))),
            ("contacts", .array(article.contactIDs.map(JSONValue.string))),
            ("dateline", .optional(article.dateline)),
            ("boilerplate", .bool(article.showsBoilerplate)),
            ("embargo", .optional(article.embargo?.until.iso8601)),
            ("privateURL", .optional(article.embargo?.privateAddress.map { site.config.urls.absolute($0.url) })),
            ("params", .object(article.params.keys.sorted().compactMap { key in article.params[key].map { (key, $0.jsonValue) } })),
        ])
    }

    static func text(file: String, frontMatter: YAMLNode?, article: Article?, site: Site?) -> String {
        var lines = ["File:         \(file)"]
        if let article, let site {
            let strings = site.strings
            lines += [
                "Title:        \(article.title)",
                article.subtitle.map { "Subtitle:     \($0)" },
                "Slug:         \(article.slug)",
                "URL:          \(article.url)",
                "Date:         \(article.date.iso8601) (\(strings.format(article.date)))",
                article.updated.map { "Updated:      \($0.iso8601)" },
                article.isDraft ? "Draft:        yes" : nil,
                "Authors:      \(article.authorIDs.joined(separator: ", "))",
                "Tags:         \(article.tagSlugs.compactMap(site.tag).map(\.name).joined(separator: ", "))",
                article.sectionID.map { "Section:      \($0)" },
                article.categoryIDs.isEmpty ? nil : "Categories:   \(article.categoryIDs.joined(separator: ", "))",
                article.contactIDs.isEmpty ? nil : "Contacts:     \(article.contactIDs.joined(separator: ", "))",
                article.dateline.map { "Dateline:     \(strings.format("dateline", ["place": $0, "date": strings.format(article.date)]))" },
                article.showsBoilerplate ? "Boilerplate:  yes" : nil,
                article.embargo.map { embargo in
                    "Embargo:      until \(embargo.until.iso8601)"
                        + (embargo.privateAddress.map { ", private page \(site.config.urls.absolute($0.url))" } ?? ", no private page (ZECHE_EMBARGO_KEY is not set)")
                },
                "Summary:      \(article.summary)",
                "Words:        \(article.wordCount) (\(strings.format("reading_time", ["minutes": String(article.readingMinutes)])))",
            ].compactMap { $0 }
            let outline = article.body.outline
            if !outline.headings.isEmpty {
                lines.append("Headings:")
                lines += outline.headings.map { "  \(String(repeating: "#", count: $0.level)) \($0.text)  (#\($0.id))" }
            }
            if !outline.quotes.isEmpty {
                lines.append("Quotes:")
                lines += outline.quotes.map { "  \($0.text) — \($0.attribution)" }
            }
            lines.append(article.hasExplicitRelated ? "Related (from front matter):" : "Related (by shared tags):")
            lines += article.related.map(site.target).map { "  \($0.title)  \($0.url)" }
        }
        lines.append("Front matter:")
        lines.append(frontMatter?.jsonText(pretty: true) ?? "  (none)")
        return lines.joined(separator: "\n") + "\n"
    }
}
