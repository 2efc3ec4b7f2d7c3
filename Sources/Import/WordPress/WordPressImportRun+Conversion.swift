import Foundation

/// What one conversion needs to share with the closures of the Markdown writer.
final class ConversionFiles {
    /// Name the file gets (site-relative) → the file in the uploads folder.
    var copies: [String: URL] = [:]
    /// Addresses of uploaded files that are not at hand.
    var missing: [String] = []
    /// Links to pages of the old site that were not imported.
    var oldSiteLinks = 0
    var guessedLinks: [String] = []
}

extension WordPressImportRun {
    /// The Markdown of an item's body, the files it copies (by site-relative target) and its
    /// notes by body line.
    mutating func convert(_ item: WXRExport.Item, path: String, copies: inout [String: URL]) -> (String, [BodyNote]) {
        let files = ConversionFiles()
        files.copies = copies
        let html = ShortcodeExpander.expand(item.content) { shortcodeHTML($0, item: item) }
        var options = MarkdownWriter.Options()
        // The classic editor stores paragraphs as blank lines; the block editor as <p>.
        options.newlinesAreBreaks = !item.content.contains("<!-- wp:")
        options.notesMissingImages = media.uploads != nil
        let links = links, uploads = media
        let folder = Self.fileFolder(of: path)
        options.link = { href in
            if let (target, fragment, isGuessed) = links.file(for: href) {
                if isGuessed { files.guessedLinks.append(href) }
                return WordPressLinks.relative(from: path, to: target) + fragment
            }
            if let file = uploads.localFile(for: href) {
                return WordPressLinks.relative(from: path, to: Self.place(file, in: folder, files: files))
            }
            if uploads.uploadPath(of: href) != nil {
                files.missing.append(href)
            } else if links.oldPath(of: href) != nil {
                files.oldSiteLinks += 1
            }
            return href
        }
        options.image = { source in
            guard let file = uploads.localFile(for: source) else {
                files.missing.append(source)
                return nil
            }
            return WordPressLinks.relative(from: path, to: Self.place(file, in: folder, files: files))
        }
        let footnotes = Self.footnotes(of: item)
        options.footnotes = Dictionary(footnotes.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        if !footnotes.isEmpty { options.convertedBlocks = ["footnotes"] }
        var (markdown, notes) = MarkdownWriter.convert(html, options: options)
        let raised = HeadingLevels.raise(markdown)
        markdown = raised.text
        if raised.levels > 0 { notes.insert(BodyNote(line: 0, message: HeadingLevels.note(raised.levels)), at: 0) }
        if !footnotes.isEmpty {
            var definitions: [String] = []
            for (index, footnote) in footnotes.enumerated() {
                let text = MarkdownWriter.convert(footnote.content, options: options).markdown
                    .trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n    ")
                definitions.append("[^\(index + 1)]: " + text)
            }
            markdown += (markdown.isEmpty ? "" : "\n") + definitions.joined(separator: "\n") + "\n"
        }
        for address in files.missing { media.recordMissing(address) }
        for href in files.guessedLinks {
            notes.insert(BodyNote(line: 0, message: "the link \(href) named no page of the old site; it now leads to the post with the same name, as WordPress redirected it: check it"), at: 0)
        }
        if files.oldSiteLinks > 0 {
            notes.insert(BodyNote(line: 0, message: "\(files.oldSiteLinks) link(s) point to pages of the old site that were not imported (categories, tags, archives, attachment pages)"), at: 0)
        }
        copies = files.copies
        return (markdown, notes)
    }

    /// The footnotes of a block-editor post, kept in its `footnotes` field as JSON.
    static func footnotes(of item: WXRExport.Item) -> [(id: String, content: String)] {
        guard let json = item.meta["footnotes"], !json.isEmpty,
              let list = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else { return [] }
        return list.compactMap { entry in
            guard let id = entry["id"] as? String, let content = entry["content"] as? String else { return nil }
            return (id, content)
        }
    }

    /// The folder a document's files go into: its bundle, or for a page a folder of its own
    /// in `Content/images/`.
    static func fileFolder(of path: String) -> String {
        if path.hasPrefix("Content/pages/") { return "Content/images/" + MarkdownName.stem(path) + "/" }
        if path.hasSuffix("/index.md") { return String(path.dropLast("index.md".count)) }
        // A post without a bundle has no files; this is only the place for a first count.
        return "Content/posts/" + MarkdownName.stem(path) + "/"
    }

    /// The site-relative place of `file` in `folder`, named by its file name unless another
    /// file has that name there already.
    static func place(_ file: URL, in folder: String, files: ConversionFiles) -> String {
        if let existing = files.copies.first(where: { $0.value == file }) { return existing.key }
        let name = file.lastPathComponent
        var target = folder + name
        var number = 2
        while files.copies[target] != nil {
            target = folder + "\(number)-" + name
            number += 1
        }
        files.copies[target] = file
        return target
    }

    mutating func addCopies(_ copies: [String: URL], beside path: String) {
        for (target, source) in copies.sorted(by: { $0.key < $1.key }) {
            plan.copies.append(ImportPlan.FileCopy(source: source, path: target))
            plan.report.count("files copied from --uploads")
        }
    }

    /// The attachment of an item's featured image.
    func featuredImage(of item: WXRExport.Item) -> WXRExport.Item? {
        guard let id = item.meta["_thumbnail_id"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
              let attachment = media.attachments[id], !attachment.attachmentURL.isEmpty else { return nil }
        return attachment
    }

    /// `image`, `image_alt` and `image_caption` from the featured image when its file is at
    /// hand; otherwise the same as comments, with the file in the manifest.
    mutating func coverImage(of item: WXRExport.Item, path: String, fields: inout [FrontMatterField],
                             comments: inout [String], notes: inout [String], copies: inout [String: URL]) {
        guard let attachment = featuredImage(of: item) else { return }
        var alt = attachment.meta["_wp_attachment_image_alt"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if alt.isEmpty {
            alt = Self.plainTitle(attachment.title)
            notes.append("the featured image had no alt text; 'image_alt' is its title '\(alt)': describe the image instead")
        }
        let caption = Self.plainTitle(attachment.excerpt)
        guard let file = media.localFile(for: attachment.attachmentURL) else {
            media.recordMissing(attachment.attachmentURL)
            comments.append("image: \(MarkdownWriter.fileName(of: attachment.attachmentURL))  (the featured image, not at hand yet: \(attachment.attachmentURL))")
            comments.append("image_alt: " + YAMLWriter.scalar(alt))
            if !caption.isEmpty { comments.append("image_caption: " + YAMLWriter.scalar(caption)) }
            notes.append("the featured image is not in the site yet; its lines are comments in the front matter until you add the file")
            return
        }
        let files = ConversionFiles()
        files.copies = copies
        let target = Self.place(file, in: Self.fileFolder(of: path), files: files)
        copies = files.copies
        fields.append(FrontMatterField("image", .text(WordPressLinks.relative(from: path, to: target))))
        fields.append(FrontMatterField("image_alt", .text(alt)))
        if !caption.isEmpty { fields.append(FrontMatterField("image_caption", .text(caption))) }
    }
}
