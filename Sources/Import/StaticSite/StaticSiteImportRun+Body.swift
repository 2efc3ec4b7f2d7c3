import Foundation
import Markdown

extension StaticSiteImportRun {
    /// Whether the cover of a post is a file of the site's folder.
    func coverIsLocal(_ item: Placed) -> Bool {
        guard let cover = item.document.first("image", "images", "cover", "featured_image", "featured", "thumbnail", "banner") else { return false }
        let reference: String? = switch cover {
        case .list(let items): items.first?.text ?? items.first?["src"]?.text
        default: cover.text ?? cover["path"]?.text ?? cover["src"]?.text ?? cover["image"]?.text
        }
        return reference.map { resolveFile($0, from: item.entry) != nil } ?? false
    }

    /// The body as Zeche's Markdown: raw HTML blocks converted, template tags that Markdown
    /// can express replaced, links to old addresses and other files pointed at the new files.
    func convertBody(_ item: Placed, copies: inout [String: URL]) -> (String, [BodyNote], anchors: [String: String]) {
        var notes: [String] = []
        // Each step parses only when the step before changed the text: a parse is most of
        // the time an import takes.
        var text = HTMLAnchors.markLines(item.document.body)
        var parsed = MarkdownParser().parse(text)
        if !parsed.htmlBlockLines.isEmpty {
            text = convertHTMLBlocks(text, blocks: parsed.htmlBlockLines, notes: &notes)
            parsed = MarkdownParser().parse(text)
        }
        if !parsed.templateSyntax.isEmpty {
            text = StaticSiteTemplates(run: self, item: item).convert(text, uses: parsed.templateSyntax, notes: &notes)
            parsed = MarkdownParser().parse(text)
        }
        text = rewriteLinks(text, links: parsed.links, item: item, copies: &copies)
        // HTML comments are left out too, but they were never visible.
        let omitted = max(0, LinkDestinations.occurrences(of: "<!-- raw HTML omitted -->", in: parsed.html)
            - LinkDestinations.occurrences(of: "<!--", in: text))
        let headings = parsed.headings
        var (markdown, bodyNotes) = StaticSiteMarkers.finish(text, notes: notes)
        let resolved = HTMLAnchors.resolve(markdown, notes: &bodyNotes)
        // Dropping anchor lines moved the headings: find them again only then.
        let raised = HeadingLevels.raise(resolved.text, headings: resolved.text == markdown ? headings : nil)
        markdown = raised.text
        if raised.levels > 0 { bodyNotes.insert(BodyNote(line: 0, message: HeadingLevels.note(raised.levels)), at: 0) }
        if omitted > 0 {
            bodyNotes.insert(BodyNote(line: 0, message: "\(omitted) piece(s) of inline HTML are left out of the page unless site.yml allows raw HTML (markdown: {unsafe_html: true}); their text stays"), at: 0)
        }
        while markdown.hasPrefix("\n") { markdown.removeFirst() }
        if !markdown.hasSuffix("\n"), !markdown.isEmpty { markdown += "\n" }
        return (markdown, bodyNotes, resolved.ids)
    }

    /// Raw HTML blocks (and MDX components) become Markdown, since Zeche leaves raw HTML out;
    /// comments stay as they are.
    private func convertHTMLBlocks(_ body: String, blocks: [ClosedRange<Int>], notes: inout [String]) -> String {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for block in blocks.reversed() where block.lowerBound >= 1 && block.upperBound <= lines.count {
            let html = lines[(block.lowerBound - 1)...(block.upperBound - 1)].joined(separator: "\n")
            if html.trimmingCharacters(in: .whitespaces).hasPrefix("<!--") { continue }
            if let names = HTMLAnchors.names(inAnchorBlock: html) {
                lines.replaceSubrange((block.lowerBound - 1)...(block.upperBound - 1), with: [HTMLAnchors.sentinel(names)])
                continue
            }
            let (markdown, writerNotes) = MarkdownWriter.convert(html, options: MarkdownWriter.Options())
            var converted = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while converted.last == "" { converted.removeLast() }
            for note in writerNotes where note.line >= 1 && note.line <= converted.count {
                converted[note.line - 1] += StaticSiteMarkers.marker(notes.count)
                notes.append(note.message)
            }
            if converted.isEmpty {
                converted = ["<!-- " + html.replacingOccurrences(of: "--", with: "- -") + " -->"]
                notes.append("an HTML block without text was left as a comment")
            }
            let first = converted[0]
            converted[0] = first + StaticSiteMarkers.marker(notes.count)
            notes.append("raw HTML was converted to Markdown; check it against the old page")
            lines.replaceSubrange((block.lowerBound - 1)...(block.upperBound - 1), with: converted)
        }
        return lines.joined(separator: "\n")
    }

    /// Points links and images at the new files: other Markdown files, old addresses of
    /// imported posts and pages, and files of the site's folder (copied).
    private func rewriteLinks(_ text: String, links: [LinkReference], item: Placed, copies: inout [String: URL]) -> String {
        var replacements: [String: String] = [:]
        var seen: Set<String> = []
        for link in links where seen.insert(link.destination).inserted {
            if let target = newDestination(link.destination, item: item, copies: &copies), target != link.destination {
                replacements[link.destination] = target
            }
        }
        return LinkDestinations.replace(replacements, in: text)
    }

    /// Where a link now points, or nil to keep it.
    func newDestination(_ destination: String, item: Placed, copies: inout [String: URL]) -> String? {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("mailto:") else { return nil }
        var address = destination
        var fragment = ""
        if let hash = address.firstIndex(of: "#") {
            fragment = String(address[hash...])
            address = String(address[..<hash])
        }
        // Another Markdown file of the source, by its path.
        if !address.contains("://") {
            let decoded = address.contains("%") ? (address.removingPercentEncoding ?? address) : address
            let base = address.hasPrefix("/") ? "" : StaticSiteLayout.folder(of: item.entry.path)
            if let path = WordPressLinks.normalizedPath(base.isEmpty ? String(decoded.drop(while: { $0 == "/" })) : base + "/" + decoded),
               let target = sourcePaths[path] ?? sourcePaths[layout.contentFolder + "/" + path] {
                return WordPressLinks.relative(from: item.path, to: target) + fragment
            }
        }
        // An old address of an imported post or page.
        if let key = oldKey(of: address), let target = oldPaths[key] ?? suffixMatch(key) {
            return WordPressLinks.relative(from: item.path, to: target) + fragment
        }
        // A file of the site's folder.
        if let file = resolveFile(address, from: item.entry) {
            return WordPressLinks.relative(from: item.path, to: placeFile(file, for: item, copies: &copies)) + fragment
        }
        return nil
    }

    /// The lookup key of an address on the old site, below its path; nil for other hosts.
    private func oldKey(of address: String) -> String? {
        let site = siteAddress
        var path = address
        if address.contains("://") {
            guard let components = URLComponents(string: address), let host = components.host?.lowercased(),
                  host == site?.host?.lowercased() else { return nil }
            path = components.percentEncodedPath
        } else if !address.hasPrefix("/") {
            return nil
        }
        let base = StaticSitePermalinks.key(site?.percentEncodedPath ?? "")
        var key = StaticSitePermalinks.key(path)
        if !base.isEmpty, key.hasPrefix(base + "/") { key = String(key.dropFirst(base.count)) }
        return key
    }

    /// The post whose old address ends with the last two parts of `key`, when only one does:
    /// a link written with another prefix (`/blog/release/v20.0.0` for `/en/blog/…`).
    private func suffixMatch(_ key: String) -> String? {
        let parts = key.split(separator: "/")
        guard parts.count >= 2 else { return nil }
        return oldPathTails[parts.suffix(2).joined(separator: "/")] ?? nil
    }

    /// The file in the site's folder that a link or image names: relative to the Markdown
    /// file, or from the site's root (Hugo: also `static/` and `assets/`).
    func resolveFile(_ reference: String, from entry: StaticSiteLayout.Entry) -> URL? {
        var path = reference
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        if path.contains("%") { path = path.removingPercentEncoding ?? path }
        guard !path.isEmpty, !path.contains("://"), !path.hasPrefix("//"), !path.hasSuffix("/"),
              !StaticSiteLayout.markdownExtensions.contains(StaticSiteLayout.fileExtension(path)) else { return nil }
        var candidates: [String] = []
        if path.hasPrefix("/") {
            let basePath = URLComponents(string: config.url)?.path ?? ""
            var rooted = path
            if basePath.count > 1, rooted.hasPrefix(basePath) { rooted = "/" + rooted.dropFirst(basePath.count).drop(while: { $0 == "/" }) }
            candidates = layout.staticFolders.map { $0.isEmpty ? String(rooted.dropFirst()) : $0 + rooted }
        } else {
            let folder = StaticSiteLayout.folder(of: entry.path)
            candidates = [folder.isEmpty ? path : folder + "/" + path]
        }
        for candidate in candidates {
            guard let normalized = WordPressLinks.normalizedPath(candidate) else { continue }
            let url = root.appendingPathComponent(normalized)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue { return url }
        }
        return nil
    }

    /// Where a copied file goes: into the post's bundle, or a page's folder in `Content/images/`.
    func placeFile(_ file: URL, for item: Placed, copies: inout [String: URL]) -> String {
        let files = ConversionFiles()
        files.copies = copies
        let target = WordPressImportRun.place(file, in: MarkdownFileFolder.of(item.path), files: files)
        copies = files.copies
        return target
    }
}
