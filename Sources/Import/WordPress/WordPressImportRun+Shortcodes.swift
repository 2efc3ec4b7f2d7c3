extension WordPressImportRun {
    static let embedNames: Set<String> = [
        "embed", "youtube", "vimeo", "soundcloud", "twitter", "tweet", "instagram", "spotify", "dailymotion", "ted",
        "slideshare", "scribd", "facebook", "flickr", "vine", "bandcamp", "gist", "googlemaps", "wpvideo",
    ]

    /// The HTML that stands for a shortcode: WordPress's own ones converted, others kept as
    /// comments around their content, with a note.
    func shortcodeHTML(_ shortcode: Shortcode, item: WXRExport.Item) -> String {
        let note = { (message: String) in WordPressComment.noteComment(message) }
        switch shortcode.name {
        case "caption", "wp_caption":
            return Self.caption(shortcode)
        case "gallery":
            return media.gallery(shortcode, postID: item.id)
        case "audio", "video":
            let keys = ["src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "wmv", "flv"]
            guard let source = keys.lazy.compactMap({ shortcode.attributes[$0] }).first(where: { !$0.isEmpty }) else {
                return note("the [\(shortcode.name)] shortcode has no source; it was left out") + WordPressComment.keepComment(shortcode.written)
            }
            let label = shortcode.name == "audio" ? "Audio" : "Video"
            return note("the [\(shortcode.name)] player became a link to its file; pages load nothing from other hosts")
                + "<a href=\"\(WordPressMedia.escapeHTML(source))\">\(label): \(WordPressMedia.escapeHTML(MarkdownWriter.fileName(of: source)))</a>"
        case "playlist":
            let ids = (shortcode.value("ids") ?? "").split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            let items = ids.compactMap { media.attachments[$0] }
            let list = items.map { "<li><a href=\"\(WordPressMedia.escapeHTML($0.attachmentURL))\">\(WordPressMedia.escapeHTML(Self.plainTitle($0.title)))</a></li>" }
            return note("the [playlist] became a list of links to its files") + "<ul>" + list.joined() + "</ul>"
        case "code", "sourcecode":
            let language = shortcode.value("language", "lang") ?? shortcode.positional.first ?? ""
            return "<pre class=\"language-\(WordPressMedia.escapeHTML(language))\">" + WordPressMedia.escapeHTML(shortcode.content ?? "") + "</pre>"
        case let name where Self.embedNames.contains(name):
            let content = shortcode.content?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let url = content.hasPrefix("http") ? content : (shortcode.value("url", "src") ?? shortcode.positional.first { $0.hasPrefix("http") })
            guard let url else {
                return note("the [\(name)] shortcode names no address; it is kept as a comment") + WordPressComment.keepComment(shortcode.written)
            }
            return note("the [\(name)] embed became a link; pages load nothing from other hosts")
                + "<p><a href=\"\(WordPressMedia.escapeHTML(url))\">\(WordPressMedia.escapeHTML(url))</a></p>"
        default:
            let kept = WordPressComment.keepComment(shortcode.written)
            guard let content = shortcode.content else {
                return note("the shortcode [\(shortcode.name)] has no Markdown form; it is kept as a comment") + kept
            }
            return note("the shortcode [\(shortcode.name)] has no Markdown form; its text is kept, the shortcode as a comment")
                + kept + content + WordPressComment.keepComment("[/\(shortcode.name)]")
        }
    }

    /// `[caption]<a><img></a> Text[/caption]` as a figure with the text as its caption.
    static func caption(_ shortcode: Shortcode) -> String {
        let content = (shortcode.content ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var imageEnd = content.startIndex
        if content.hasPrefix("<a"), let close = content.range(of: "</a>", options: .caseInsensitive) {
            imageEnd = close.upperBound
        } else if content.hasPrefix("<img"), let close = content.firstIndex(of: ">") {
            imageEnd = content.index(after: close)
        }
        let image = content[..<imageEnd]
        var caption = String(content[imageEnd...]).trimmingCharacters(in: .whitespacesAndNewlines)
        if caption.isEmpty, let attribute = shortcode.value("caption") { caption = attribute }
        return "\n<figure>" + image + (caption.isEmpty ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>\n"
    }
}
