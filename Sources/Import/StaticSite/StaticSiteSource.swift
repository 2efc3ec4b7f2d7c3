import Foundation
import FrontMatter

/// One Markdown file of a Jekyll or Hugo site: its front matter in any of the three formats
/// (YAML `---`, TOML `+++`, JSON `{…}`) and its body.
struct SourceDocument: Sendable {
    /// Relative to the folder given to the import, with `/`.
    var path: String
    var fields: [SourceField]
    var body: String
    /// Why the front matter could not be read, if it could not; its text then starts the body.
    var problem: String?

    subscript(key: String) -> SourceValue? {
        fields.first { $0.key == key }?.value
    }

    /// The first of `keys` that has a value other than null.
    func first(_ keys: String...) -> SourceValue? {
        for key in keys { if let value = self[key], value != .null { return value } }
        return nil
    }

    init(path: String, text: String) {
        self.path = path
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let firstLine = lines.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        fields = []
        body = text
        if firstLine == "+++" {
            readTOML(text)
        } else if firstLine == "---" {
            readYAML(text)
        } else if firstLine.hasPrefix("{") {
            readJSON(text)
        }
    }

    private mutating func readYAML(_ text: String) {
        do {
            let split = try FrontMatter(splitting: text)
            body = split.body
            do {
                if let node = try split.parseYAML(), case .table(let table) = SourceValue(node) { fields = table }
            } catch {
                problem = "its YAML front matter has errors (\(error.errors.first.map { "\($0.line):\($0.column): \($0.message)" } ?? "")); it is kept as a comment"
                body = "<!--\n" + (split.yaml ?? "").replacingOccurrences(of: "--", with: "- -") + "-->\n\n" + split.body
            }
        } catch {
            problem = "its front matter is not closed with '---'; the file was read as text"
        }
    }

    private mutating func readTOML(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        var toml: [Substring] = []
        while let line = lines.first, line.trimmingCharacters(in: .whitespaces) != "+++" {
            toml.append(line)
            lines = lines.dropFirst()
        }
        guard !lines.isEmpty else {
            problem = "its TOML front matter is not closed with '+++'; the file was read as text"
            return
        }
        body = lines.dropFirst().joined(separator: "\n")
        do {
            fields = try TOMLReader.read(toml.joined(separator: "\n"))
        } catch {
            problem = "its TOML front matter has an error at line \(error.line + 1): \(error.message); it is kept as a comment"
            body = "<!--\n" + toml.joined(separator: "\n").replacingOccurrences(of: "--", with: "- -") + "\n-->\n\n" + body
        }
    }

    private mutating func readJSON(_ text: String) {
        // The object ends at the brace that closes the first one, outside strings.
        var depth = 0
        var inString = false
        var escaped = false
        var end: String.Index?
        for index in text.indices {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            if character == "\"" { inString = true } else if character == "{" { depth += 1 } else if character == "}" {
                depth -= 1
                if depth == 0 { end = index; break }
            }
        }
        guard let end, let object = try? JSONSerialization.jsonObject(with: Data(text[...end].utf8)) as? [String: Any] else {
            problem = "its JSON front matter could not be read; the file was read as text"
            return
        }
        fields = object.keys.sorted().map { SourceField(key: $0, value: Self.value(object[$0] as Any)) }
        body = String(text[text.index(after: end)...]).drop(while: { $0 == "\n" || $0 == "\r" }).description
    }

    private static func value(_ any: Any) -> SourceValue {
        switch any {
        case let text as String: return SourceDate.timestamp(text).map(SourceValue.timestamp) ?? .string(text)
        case let flag as Bool: return .bool(flag)
        case let number as Int: return .int(number)
        case let number as Double: return .double(number)
        case let list as [Any]: return .list(list.map(value))
        case let object as [String: Any]: return .table(object.keys.sorted().map { SourceField(key: $0, value: value(object[$0] as Any)) })
        default: return .null
        }
    }
}
