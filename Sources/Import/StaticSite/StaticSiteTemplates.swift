import Foundation
import Markdown

/// Replaces the template tags of Jekyll and Hugo that Markdown can express: code
/// highlighting, links to other posts (`post_url`, `link`, `ref`, `relref`), figures, video
/// and post embeds as links, `raw` and `comment`, and the base URL in addresses. What is left
/// stays as written, with a note (and `zeche build` warns about it).
struct StaticSiteTemplates {
    let run: StaticSiteImportRun
    let item: StaticSiteImportRun.Placed

    func convert(_ text: String, uses: [TemplateSyntax], notes: inout [String]) -> String {
        guard !uses.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var edits: [(range: Range<Int>, text: String)] = []
        var index = 0
        while index < uses.count {
            let use = uses[index]
            let bare = use.name.hasPrefix("/") ? String(use.name.dropFirst()) : use.name
            // Paired tags: the content between the two is taken as it is.
            if let closer = Self.closer(of: use), let end = uses[(index + 1)...].firstIndex(where: { $0.kind == use.kind && $0.name == closer }) {
                let close = uses[end]
                let inner = String(decoding: bytes[use.utf8Range.upperBound..<close.utf8Range.lowerBound], as: UTF8.self)
                let range = use.utf8Range.lowerBound..<close.utf8Range.upperBound
                switch bare {
                case "highlight":
                    let atLineStart = use.utf8Range.lowerBound == 0 || bytes[use.utf8Range.lowerBound - 1] == UInt8(ascii: "\n")
                    edits.append((range, (atLineStart ? "" : "\n") + Self.fence(inner, language: Self.arguments(use.content).positional.first ?? "")))
                case "raw":
                    edits.append((range, inner))
                default:
                    // A comment that starts a line would make its paragraph an HTML block,
                    // which Zeche leaves out: there it gets a line of its own.
                    let atLineStart = use.utf8Range.lowerBound == 0 || bytes[use.utf8Range.lowerBound - 1] == UInt8(ascii: "\n")
                    let followed = range.upperBound < bytes.count && bytes[range.upperBound] != UInt8(ascii: "\n")
                    edits.append((range, "<!--" + inner.replacingOccurrences(of: "--", with: "- -") + "-->" + (atLineStart && followed ? "\n\n" : "")))
                }
                index = end + 1
                continue
            }
            if let replacement = replacement(for: use) {
                edits.append((use.utf8Range, replacement))
            } else {
                edits.append((use.utf8Range.lowerBound..<use.utf8Range.lowerBound, StaticSiteMarkers.marker(notes.count)))
                notes.append("'\(use.text)' is \(use.what) with no Markdown form; it is left as written and the page shows it as text")
            }
            index += 1
        }
        var result = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            result.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func closer(of use: TemplateSyntax) -> String? {
        switch (use.kind, use.name) {
        case (.liquidTag, "highlight"): "endhighlight"
        case (.liquidTag, "raw"): "endraw"
        case (.liquidTag, "comment"): "endcomment"
        case (.shortcode, "highlight"): "/highlight"
        default: nil
        }
    }

    /// The Markdown for one tag, or nil to keep it.
    private func replacement(for use: TemplateSyntax) -> String? {
        let arguments = Self.arguments(use.content)
        switch (use.kind, use.name) {
        case (.liquidTag, "post_url"):
            guard let name = arguments.positional.first, let target = run.stems[String(name.split(separator: "/").last ?? "")] else { return nil }
            return WordPressLinks.relative(from: item.path, to: target)
        case (.liquidTag, "link"):
            guard let path = arguments.positional.first.map({ String($0.drop(while: { $0 == "/" })) }) else { return nil }
            if let target = run.sourcePaths[path] { return WordPressLinks.relative(from: item.path, to: target) }
            return nil
        case (.shortcode, "ref"), (.shortcode, "relref"):
            guard let reference = arguments.named["path"] ?? arguments.positional.first else { return nil }
            return resolveReference(reference)
        case (.shortcode, "figure"):
            guard let source = arguments.named["src"] else { return nil }
            let alt = arguments.named["alt"] ?? arguments.named["title"] ?? ""
            var markdown = "![" + alt.replacingOccurrences(of: "]", with: "\\]") + "](" + source + ")"
            if let link = arguments.named["link"] { markdown = "[" + markdown + "](" + link + ")" }
            if let caption = arguments.named["caption"] ?? arguments.named["title"], !caption.isEmpty {
                markdown += "\\\n*" + caption + "*"
            }
            return markdown
        case (.shortcode, "youtube"):
            return (arguments.named["id"] ?? arguments.positional.first).map { "[YouTube: \($0)](https://www.youtube.com/watch?v=\($0))" }
        case (.shortcode, "vimeo"):
            return (arguments.named["id"] ?? arguments.positional.first).map { "[Vimeo: \($0)](https://vimeo.com/\($0))" }
        case (.shortcode, "gist"):
            guard arguments.positional.count >= 2 else { return nil }
            return "[Gist \(arguments.positional[1])](https://gist.github.com/\(arguments.positional[0])/\(arguments.positional[1]))"
        case (.shortcode, "tweet"), (.shortcode, "x"):
            guard let id = arguments.named["id"] ?? arguments.positional.last else { return nil }
            let user = arguments.named["user"] ?? "i/web"
            return "[Post on X](https://x.com/\(user)/status/\(id))"
        case (.shortcode, "instagram"):
            return (arguments.named["id"] ?? arguments.positional.first).map { "[Instagram post](https://www.instagram.com/p/\($0)/)" }
        case (.output, let expression):
            return Self.address(expression)
        default:
            return nil
        }
    }

    /// Base URLs vanish (a link relative to the Markdown file needs none), and
    /// `"/x" | relative_url` is `/x`.
    static func address(_ expression: String) -> String? {
        let compact = expression.replacingOccurrences(of: " ", with: "")
        if ["site.baseurl", "site.url", ".Site.BaseURL", "site.url|append:site.baseurl", "site.BaseURL"].contains(compact) { return "" }
        for filter in ["relative_url", "absolute_url", "relURL", "absURL", "prepend:site.baseurl"] where compact.hasSuffix("|" + filter) {
            let value = compact.dropLast(filter.count + 1)
            if let first = value.first, first == "\"" || first == "'", value.last == first, value.count >= 2 {
                return String(value.dropFirst().dropLast())
            }
        }
        return nil
    }

    /// A Hugo reference: a content path (from `content/` or from this file), or a name.
    private func resolveReference(_ reference: String) -> String? {
        var path = reference
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        if path.isEmpty { return fragment.isEmpty ? nil : fragment }
        let content = run.layout.contentFolder
        let here = StaticSiteLayout.folder(of: item.entry.path)
        let trimmed = String(path.drop(while: { $0 == "/" }))
        var candidates = [trimmed, content + "/" + trimmed, here + "/" + path]
        candidates += candidates.flatMap { [$0 + ".md", $0 + "/index.md", $0 + "/_index.md"] }
        for candidate in candidates {
            if let normalized = WordPressLinks.normalizedPath(candidate), let target = run.sourcePaths[normalized] {
                return WordPressLinks.relative(from: item.path, to: target) + fragment
            }
        }
        let name = StaticSiteLayout.stem(trimmed)
        return run.stems[name].map { WordPressLinks.relative(from: item.path, to: $0) + fragment }
    }

    static func fence(_ code: String, language: String) -> String {
        var body = code
        if body.hasPrefix("\n") { body.removeFirst() }
        while body.hasSuffix("\n") || body.hasSuffix(" ") { body.removeLast() }
        var longest = 0
        for line in body.split(separator: "\n") { longest = max(longest, line.prefix { $0 == "`" }.count) }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let cleanLanguage = language.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return fence + cleanLanguage + "\n" + body + "\n" + fence
    }

    /// The words after a tag's name: quoted or bare values, and `name="value"` pairs.
    static func arguments(_ content: String) -> (positional: [String], named: [String: String]) {
        var positional: [String] = []
        var named: [String: String] = [:]
        var rest = Substring(content)
        rest = rest.drop(while: { !$0.isWhitespace })
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            guard !rest.isEmpty else { break }
            var key: String?
            if let equals = rest.firstIndex(of: "="), rest[..<equals].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                key = String(rest[..<equals])
                rest = rest[rest.index(after: equals)...]
            }
            var value: String
            if let quote = rest.first, quote == "\"" || quote == "'" || quote == "`" {
                let after = rest.dropFirst()
                let end = after.firstIndex(of: quote) ?? after.endIndex
                value = String(after[..<end])
                rest = end == after.endIndex ? after[end...] : after[after.index(after: end)...]
            } else {
                let end = rest.firstIndex(where: { $0.isWhitespace }) ?? rest.endIndex
                value = String(rest[..<end])
                rest = rest[end...]
            }
            if let key { named[key.lowercased()] = value } else { positional.append(value) }
        }
        return (positional, named)
    }
}
