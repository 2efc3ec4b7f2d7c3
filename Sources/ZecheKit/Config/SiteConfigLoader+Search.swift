import FrontMatter

/// The `search` key of `site.yml`: `true` (the default), `false`, or `{path: /suche/}`.
extension SiteConfigLoader {
    static func search(_ reader: inout MappingReader, language: String) -> SearchConfig? {
        let standard = SearchConfig(path: SearchConfig.defaultPath(language: language))
        guard let node = reader.node("search") else { return standard }
        switch node.value {
        case .bool(let isOn):
            return isOn ? SearchConfig(path: standard.path, isExplicit: true) : nil
        case .mapping:
            var nested = MappingReader(node, path: reader.path, start: reader.location(of: node), what: "'search' group")
            var path = standard.path
            if let written = nested.string("path"), let pathNode = nested.node("path") {
                if isSectionPath(written) {
                    path = written
                } else {
                    nested.error("the search path '\(written)' must start and end with '/' and hold only a-z, 0-9, '-', '_' and '/'",
                                 at: pathNode, fix: "write path: \(standard.path)")
                }
            }
            nested.warnAboutUnknownKeys(known: ["path"], keptAs: nil)
            reader.append(nested.diagnostics)
            return SearchConfig(path: path, isExplicit: true)
        default:
            reader.error("'search' must be true, false or a group with 'path', not \(MappingReader.describe(node.value))", at: node,
                         fix: "write search: false to leave search out, or search: {path: \(standard.path)} to move its page")
            return standard
        }
    }
}
