import FrontMatter

/// Lays the strings of `Templates/i18n/LANG.yml` over the built-in ones: one `key: text` per
/// line, plus `months` (twelve names) and `date_format`.
struct InterfaceStringsReader {
    let path: String

    func apply(_ node: YAMLNode, to strings: inout InterfaceStrings) -> [Diagnostic] {
        var reader = MappingReader(node, path: path, start: SourceLocation(path: path, line: 1, column: 1), what: "string file")
        if let months = reader.stringList("months"), let monthsNode = reader.node("months") {
            if months.count == 12 {
                strings.overrideMonths(months)
            } else {
                reader.error("'months' must list 12 names, not \(months.count)", at: monthsNode, fix: "list January to December")
            }
        }
        if let format = reader.string("date_format") { strings.overrideDateFormat(format) }
        for entry in reader.unreadEntries {
            guard case .string(let text) = entry.value.value else {
                reader.error("the string '\(entry.key)' must be text", at: entry.value, fix: "put it in quotes")
                continue
            }
            if !strings.override(entry.key, with: text) {
                let near = Suggestion.nearest(to: entry.key, in: InterfaceStrings.knownKeys)
                reader.warning("unknown interface string '\(entry.key)'\(near.map { "; did you mean '\($0)'?" } ?? "")",
                               at: entry.keyNode, fix: "known strings are listed in the README's template guide")
            }
        }
        return reader.diagnostics
    }
}
