import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a WordPress export with Foundation's `XMLParser`. Elements are matched by local
/// name and by namespace family, since exports name the WordPress namespace with `http` or
/// `https` and as version 1.1 or 1.2.
final class WXRReader: NSObject, XMLParserDelegate {
    private var export = WXRExport()
    private var path: [String] = []
    private var text = ""
    private var author = WXRExport.Author()
    private var term = WXRExport.Term()
    private var item = WXRExport.Item()
    private var itemTerm: (domain: String, slug: String)?
    private var metaKey = ""
    private var metaValue = ""
    private var isRSS = false
    /// The first error the parser reported, with its place: Foundation's parser on Linux can
    /// report one through the delegate and still return true.
    private var firstError: (line: Int, column: Int, reason: String)?

    /// Reads the export in `data`; `path` names the file in errors.
    static func read(_ data: Data, path: String) throws(ImportError) -> WXRExport {
        let reader = WXRReader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let succeeded = parser.parse()
        if let error = reader.firstError {
            throw .invalidExport(path: path, line: max(1, error.line), column: max(1, error.column), reason: error.reason)
        }
        guard succeeded else {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            throw .invalidExport(path: path, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber), reason: reason)
        }
        guard reader.isRSS, !reader.export.version.isEmpty || !reader.export.items.isEmpty else {
            throw .notAnExport(path: path)
        }
        return reader.export
    }

    /// The element's name with a short prefix for the namespaces WordPress uses.
    private static func qualified(_ name: String, namespace: String?) -> String {
        guard let namespace, !namespace.isEmpty else { return name }
        if namespace.contains("wordpress.org/export/") {
            return (namespace.hasSuffix("/excerpt/") ? "excerpt:" : "wp:") + name
        }
        if namespace.contains("purl.org/rss/1.0/modules/content") { return "content:" + name }
        if namespace.contains("purl.org/dc/elements") { return "dc:" + name }
        return "other:" + name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let name = Self.qualified(elementName, namespace: namespaceURI)
        path.append(name)
        text = ""
        switch name {
        case "rss": isRSS = true
        case "wp:author" where path.count == 3: author = WXRExport.Author()
        case "wp:category" where path.count == 3, "wp:tag" where path.count == 3: term = WXRExport.Term()
        case "item": item = WXRExport.Item(line: parser.lineNumber)
        case "category" where path.count == 4:
            itemTerm = (attributes["domain"] ?? "category", attributes["nicename"] ?? "")
        case "wp:postmeta":
            metaKey = ""
            metaValue = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard firstError == nil else { return }
        firstError = (parser.lineNumber, parser.columnNumber, (parseError as NSError).localizedDescription)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let name = Self.qualified(elementName, namespace: namespaceURI)
        let value = text
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        defer {
            path.removeLast()
            text = ""
        }
        switch parent {
        case "channel": endChannelChild(name, trimmed)
        case "wp:author": endAuthorChild(name, trimmed)
        case "wp:category", "wp:tag": endTermChild(name, trimmed)
        case "item": endItemChild(name, value, trimmed)
        case "wp:postmeta":
            if name == "wp:meta_key" { metaKey = trimmed } else if name == "wp:meta_value" { metaValue = value }
        default: break
        }
        if name == "wp:postmeta", !metaKey.isEmpty { item.meta[metaKey] = metaValue }
    }

    private func endChannelChild(_ name: String, _ value: String) {
        switch name {
        case "title": export.title = value
        case "link": export.link = value
        case "description": export.description = value
        case "language": export.language = value
        case "wp:wxr_version": export.version = value
        case "wp:base_site_url": export.baseSiteURL = value
        case "wp:base_blog_url": export.baseBlogURL = value
        case "wp:author": export.authors.append(author)
        case "wp:category": export.categories.append(term)
        case "wp:tag": export.tags.append(term)
        case "item": export.items.append(item)
        default: break
        }
    }

    private func endAuthorChild(_ name: String, _ value: String) {
        switch name {
        case "wp:author_login": author.login = value
        case "wp:author_email": author.email = value
        case "wp:author_display_name": author.displayName = value
        case "wp:author_first_name": author.firstName = value
        case "wp:author_last_name": author.lastName = value
        default: break
        }
    }

    private func endTermChild(_ name: String, _ value: String) {
        switch name {
        case "wp:category_nicename", "wp:tag_slug": term.slug = value
        case "wp:cat_name", "wp:tag_name": term.name = value
        case "wp:category_parent": term.parent = value
        case "wp:category_description", "wp:tag_description": term.description = value
        default: break
        }
    }

    private func endItemChild(_ name: String, _ value: String, _ trimmed: String) {
        switch name {
        case "title": item.title = trimmed
        case "link": item.link = trimmed
        case "dc:creator": item.creator = trimmed
        case "guid": item.guid = trimmed
        case "content:encoded": item.content = value
        case "excerpt:encoded": item.excerpt = trimmed
        case "wp:post_id": item.id = Int(trimmed) ?? 0
        case "wp:post_date": item.date = trimmed
        case "wp:post_date_gmt": item.dateGMT = trimmed
        case "wp:post_modified": item.modified = trimmed
        case "wp:post_modified_gmt": item.modifiedGMT = trimmed
        case "wp:post_name": item.name = trimmed
        case "wp:status": item.status = trimmed
        case "wp:post_parent": item.parent = Int(trimmed) ?? 0
        case "wp:menu_order": item.menuOrder = Int(trimmed) ?? 0
        case "wp:post_type": item.type = trimmed
        case "wp:post_password": item.password = trimmed
        case "wp:is_sticky": item.isSticky = trimmed == "1"
        case "wp:attachment_url": item.attachmentURL = trimmed
        case "wp:comment": item.commentCount += 1
        case "category":
            if let itemTerm { item.terms.append(.init(domain: itemTerm.domain, slug: itemTerm.slug, name: trimmed)) }
            itemTerm = nil
        default: break
        }
    }
}
