import Foundation
import Markdown

/// Explicit anchors before headings (`<a id="CVE-2016-6304"></a>`), which raw HTML would give
/// and Zeche leaves out: links to them are pointed at the heading's own id instead.
enum HTMLAnchors {
    /// The names of an HTML block that holds nothing but empty `<a id>` or `<a name>`
    /// elements, or nil.
    static func names(inAnchorBlock html: String) -> [String]? {
        var names: [String] = []
        var rest = Substring(html.trimmingCharacters(in: .whitespacesAndNewlines))
        while !rest.isEmpty {
            guard rest.hasPrefix("<a "), let close = rest.range(of: "</a>") else { return nil }
            let tag = rest[..<close.lowerBound]
            guard let end = tag.firstIndex(of: ">"), tag[tag.index(after: end)...].allSatisfy(\.isWhitespace) else { return nil }
            let attributes = tag[..<end]
            guard !attributes.contains("href"), let name = value(of: "id", in: attributes) ?? value(of: "name", in: attributes) else { return nil }
            names.append(name)
            rest = rest[close.upperBound...].drop(while: \.isWhitespace)
        }
        return names.isEmpty ? nil : names
    }

    private static func value(of attribute: String, in tag: Substring) -> String? {
        for quote in ["\"", "'"] {
            if let start = tag.range(of: " " + attribute + "=" + quote) {
                let rest = tag[start.upperBound...]
                if let end = rest.firstIndex(of: Character(quote)) { return String(rest[..<end]) }
            }
        }
        return nil
    }

    /// The body with each line that holds only anchors (outside code blocks) replaced by a
    /// line that stands for them.
    static func markLines(_ body: String) -> String {
        guard body.hasPrefix("<a ") || body.contains("\n<a ") || body.contains("\n <a ") else { return body }
        var fence: Substring?
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let bare = line.drop(while: { $0 == " " })
            if let open = fence {
                if bare.hasPrefix(open) { fence = nil }
                return String(line)
            }
            if bare.hasPrefix("```") || bare.hasPrefix("~~~") {
                fence = bare.prefix { $0 == bare.first }
                return String(line)
            }
            guard bare.hasPrefix("<a "), let names = names(inAnchorBlock: String(line)) else { return String(line) }
            return sentinel(names)
        }
        return lines.joined(separator: "\n")
    }

    /// A line that stands for anchors until the body is done.
    static func sentinel(_ names: [String]) -> String {
        "\u{E003}" + names.joined(separator: "\u{E005}") + "\u{E004}"
    }

    /// The body without the anchor lines, its in-page links to them pointed at the heading
    /// that follows each, and the anchors' heading ids (anchor → id) for links from elsewhere.
    static func resolve(_ text: String, notes: inout [BodyNote]) -> (text: String, ids: [String: String]) {
        guard text.unicodeScalars.contains("\u{E003}") else { return (text, [:]) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var anchors: [(names: [String], line: Int)] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("\u{E003}"), line.hasSuffix("\u{E004}") {
                let names = line.dropFirst().dropLast().split(separator: "\u{E005}").map(String.init)
                lines.remove(at: index)
                anchors.append((names, index + 1))
                continue
            }
            index += 1
        }
        var body = lines.joined(separator: "\n")
        let headings = MarkdownParser().parse(body).headings
        var ids: [String: String] = [:]
        for anchor in anchors {
            // The heading must be the next thing on the page.
            var next = anchor.line
            while next - 1 < lines.count, lines[next - 1].allSatisfy(\.isWhitespace) { next += 1 }
            guard let heading = headings.first(where: { $0.line == next }) else {
                notes.append(BodyNote(line: 0, message: "the anchor '\(anchor.names.joined(separator: "', '"))' stood before no heading; links to it now lead to the page"))
                continue
            }
            for name in anchor.names { ids[name] = heading.id }
        }
        for (name, id) in ids where name != id {
            body = body.replacingOccurrences(of: "](#" + name + ")", with: "](#" + id + ")")
        }
        return (body, ids)
    }
}
