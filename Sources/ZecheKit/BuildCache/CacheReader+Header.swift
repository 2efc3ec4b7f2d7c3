extension CacheReader {
    /// Reads the header every file of `.zeche-cache/` starts with (its kind, format version,
    /// the program that wrote it and the site's folder); returns the note of a cold build when
    /// the file is not one this program can use for this site, `nil` when it is.
    mutating func headerProblem(magic: String, kind: String, formatVersion: Int, toolIdentity: String, siteRoot: String,
                                displayPath: String) throws(Damaged) -> String? {
        guard try readString() == magic else { return "\(displayPath) is not a \(kind)" }
        let version = try readInt()
        guard version == formatVersion else {
            return "\(displayPath) has format version \(version), this Zeche reads version \(formatVersion)"
        }
        let tool = try readString()
        guard tool == toolIdentity else { return "\(displayPath) was written by another version of Zeche (\(tool), this is \(toolIdentity))" }
        let root = try readString()
        guard root == siteRoot else { return "\(displayPath) belongs to another site (\(root))" }
        return nil
    }
}
