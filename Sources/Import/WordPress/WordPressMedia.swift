import Foundation

/// The files a post uses from `wp-content/uploads`: where each is in a copy of that folder,
/// the name it gets beside its post, and the manifest of those that are not at hand.
struct WordPressMedia {
    /// The copy of `wp-content/uploads`, if the user gave one.
    let uploads: URL?
    let blogHost: String
    /// Attachments by id.
    let attachments: [Int: WXRExport.Item]
    /// Attachments by the post they belong to, in gallery order.
    let attachmentsByParent: [Int: [WXRExport.Item]]
    /// Old address → path below the uploads folder, for every file not found there.
    private(set) var missing: [String: String] = [:]

    init(uploads: URL?, blogHost: String, items: [WXRExport.Item]) {
        self.uploads = uploads
        self.blogHost = blogHost
        let attachmentItems = items.filter { $0.type == "attachment" }
        attachments = Dictionary(attachmentItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        attachmentsByParent = Dictionary(grouping: attachmentItems.filter { $0.parent != 0 }, by: \.parent)
            .mapValues { $0.sorted { ($0.menuOrder, $0.id) < ($1.menuOrder, $1.id) } }
    }

    /// The path below `wp-content/uploads/` of an address of an uploaded file, or nil for
    /// addresses elsewhere: `…/wp-content/uploads/2013/03/a.jpg` and WordPress.com's
    /// `https://site.files.wordpress.com/2013/03/a.jpg` give `2013/03/a.jpg`.
    func uploadPath(of address: String) -> String? {
        guard let components = URLComponents(string: address), let host = components.host?.lowercased() else { return nil }
        var path = components.percentEncodedPath
        path = path.removingPercentEncoding ?? path
        if let range = path.range(of: "/wp-content/uploads/") {
            return Self.clean(String(path[range.upperBound...]))
        }
        if host.hasSuffix(".files.wordpress.com") || (host == blogHost && path.hasPrefix("/files/")) {
            return Self.clean(String(path.drop(while: { $0 == "/" }).dropFirst(host == blogHost ? "files/".count : 0)))
        }
        return nil
    }

    private static func clean(_ path: String) -> String? {
        let parts = path.split(separator: "/").filter { $0 != "." && $0 != ".." && !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// The file in the uploads folder for an address, or nil when it is not there.
    func localFile(for address: String) -> URL? {
        guard let uploads, let path = uploadPath(of: address) else { return nil }
        let file = uploads.appendingPathComponent(path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return file
    }

    /// Lists an uploaded file that is not at hand in the manifest.
    mutating func recordMissing(_ address: String) {
        if let path = uploadPath(of: address) { missing[address] = path }
    }

    /// The text of `import-manifest.txt`, or nil when every file was at hand.
    var manifest: String? {
        guard !missing.isEmpty else { return nil }
        var lines = [
            "# Files of the WordPress export that are not in the site yet: each line is the old address,",
            "# a tab, and the file's path below wp-content/uploads/. Until they are there, images are links",
            "# to their old address. Fetch them into a folder, for example with",
            "#   grep -v '^#' import-manifest.txt | while IFS=\"$(printf '\\t')\" read -r url path; do",
            "#     mkdir -p \"uploads/$(dirname \"$path\")\" && curl -fsSL -o \"uploads/$path\" \"$url\"; done",
            "# (or copy wp-content/uploads from the old server), then import again into a new folder with",
            "# --uploads uploads.",
        ]
        lines += missing.sorted { $0.key < $1.key }.map { $0.key + "\t" + $0.value }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The HTML of a `[gallery]`: the images of `ids`, or of the post's attachments.
    func gallery(_ shortcode: Shortcode, postID: Int) -> String {
        var items: [WXRExport.Item]
        if let ids = shortcode.value("ids", "include") {
            items = ids.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.compactMap { attachments[$0] }
        } else {
            items = attachmentsByParent[Int(shortcode.value("id") ?? "") ?? postID] ?? []
            if let exclude = shortcode.value("exclude") {
                let excluded = Set(exclude.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
                items.removeAll { excluded.contains($0.id) }
            }
        }
        items = items.filter { Self.isImage($0.attachmentURL) }
        guard !items.isEmpty else {
            return MarkdownWriter.commentForHTML(note: "a [gallery] without images in the export was left out")
        }
        let figures = items.map { item in
            let alt = item.meta["_wp_attachment_image_alt"] ?? ""
            let caption = item.excerpt.isEmpty ? "" : "<figcaption>\(Self.escapeHTML(item.excerpt))</figcaption>"
            return "<figure><img src=\"\(Self.escapeHTML(item.attachmentURL))\" alt=\"\(Self.escapeHTML(alt))\">\(caption)</figure>"
        }
        return "\n<div class=\"gallery\">" + figures.joined() + "</div>\n"
    }

    static func isImage(_ address: String) -> Bool {
        let lowered = address.lowercased().split(separator: "?").first.map(String.init) ?? ""
        return [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif"].contains { lowered.hasSuffix($0) }
    }

    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

extension MarkdownWriter {
    /// An HTML comment that the writer turns into a note at its place.
    static func commentForHTML(note message: String) -> String {
        WordPressComment.noteComment(message)
    }
}
