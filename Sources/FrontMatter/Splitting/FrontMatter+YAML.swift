extension FrontMatter {
    /// Parses `yaml` with line numbers of the whole file; nil when there is no front matter.
    ///
    /// - Throws: `YAMLErrors` with positions in the file.
    public func parseYAML(with parser: YAMLParser = YAMLParser()) throws(YAMLErrors) -> YAMLNode? {
        guard let yaml else { return nil }
        return try parser.parse(yaml, firstLine: yamlStartLine)
    }
}
