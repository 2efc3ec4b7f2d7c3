/// Why an import could not read its source or write its result.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source cannot be read: the path shown and why.
    case cannotRead(path: String, reason: String)
    /// The WordPress export is not well-formed XML, at a line and column.
    case invalidExport(path: String, line: Int, column: Int, reason: String)
    /// The file is XML, but no WordPress export.
    case notAnExport(path: String)
    /// Files of the import exist in the target folder already.
    case filesExist([String])
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .invalidExport(let path, let line, let column, let reason):
            "\(path):\(line):\(column): the export is not well-formed XML: \(reason)"
        case .notAnExport(let path):
            "'\(path)' is no WordPress export: it has no <rss><channel> with WordPress items"
        case .filesExist(let paths):
            "\(paths.count) of the files to import exist already, e.g. '\(paths[0])'; nothing was written"
        case .cannotWrite(let path, let reason):
            "cannot write '\(path)': \(reason)"
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .cannotRead: "check the path and its permissions"
        case .invalidExport: "export the site again from Tools → Export in WordPress; a file cut short or edited by hand is not readable"
        case .notAnExport: "export the site from Tools → Export in WordPress and pass that .xml file"
        case .filesExist: "import into a new folder with --into DIR, or move the existing files away"
        case .cannotWrite: "check that the folder is writable and the disk not full"
        }
    }
}
