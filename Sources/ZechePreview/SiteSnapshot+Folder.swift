public import Foundation

extension SiteSnapshot {
    /// A snapshot of every regular file under `folder` (such as a built `Output/`), keyed by
    /// its path relative to the folder.
    ///
    /// Throws the file system's error if the folder or a file cannot be read. Symbolic links to
    /// folders are not followed, so a link loop cannot make this run forever.
    public init(contentsOf folder: URL) throws {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        var files: [String: [UInt8]] = [:]
        try Self.collect(root, prefix: "", into: &files)
        self.init(files: files)
    }

    private static func collect(_ folder: URL, prefix: String, into files: inout [String: [UInt8]]) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in names {
            let url = folder.appendingPathComponent(name)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            let sitePath = prefix + "/" + name
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?:
                try collect(url, prefix: sitePath, into: &files)
            case .typeRegular?, .typeSymbolicLink?:
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                    files[sitePath] = try [UInt8](Data(contentsOf: url))
                }
            default:
                continue
            }
        }
    }
}
