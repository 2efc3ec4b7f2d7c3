import Foundation

extension BranchPublisher {
    /// One file of the tree: its path in the tree, git mode and blob hash.
    struct TreeEntry {
        let path: String
        let mode: String
        var hash = ""
    }

    /// Hashes every file of `folder` into the object store and writes them, with the extra
    /// files, as one tree through a temporary index; returns the tree's hash and file count.
    ///
    /// `hash-object --no-filters` stores the bytes exactly as built: no end-of-line or other
    /// attribute conversion, and no ignore rules, apply to the published site.
    func writeTree(of folder: URL, extraFiles: [ExtraFile], excluding excluded: Set<String>, index: URL, git: Git) throws(PublishError) -> (String, Int) {
        var entries = try files(in: folder, excluding: excluded.union(extraFiles.map(\.path)))
        let paths = entries.map { folder.appendingPathComponent($0.path).path }
        if !paths.isEmpty {
            let hashes = try git.check(["hash-object", "-w", "--no-filters", "--stdin-paths"],
                                       input: Data(paths.joined(separator: "\n").utf8 + [UInt8(ascii: "\n")]))
                .text.split(separator: "\n").map(String.init)
            guard hashes.count == entries.count else {
                throw PublishError.gitFailed(command: "git hash-object --stdin-paths", status: 0,
                                             message: "git returned \(hashes.count) hashes for \(entries.count) files")
            }
            for position in entries.indices { entries[position].hash = hashes[position] }
        }
        for file in extraFiles {
            let hash = try git.check(["hash-object", "-w", "--no-filters", "--stdin"], input: file.contents).text
            entries.append(TreeEntry(path: file.path, mode: "100644", hash: hash))
        }
        var list = Data()
        for entry in entries {
            list.append(Data("\(entry.mode) \(entry.hash)\t\(entry.path)".utf8))
            list.append(0)
        }
        let environment = ["GIT_INDEX_FILE": index.path]
        try git.check(["update-index", "-z", "--index-info"], input: list, extraEnvironment: environment)
        let tree = try git.check(["write-tree"], extraEnvironment: environment).text
        return (tree, entries.count)
    }

    /// The regular files under `folder`, as paths relative to it, without `excluded` ones.
    private func files(in folder: URL, excluding excluded: Set<String>) throws(PublishError) -> [TreeEntry] {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw PublishError.unsupportedFile(path: folder.path, reason: "there is no such folder")
        }
        guard let walker = fileManager.enumerator(atPath: folder.path) else {
            throw PublishError.unsupportedFile(path: folder.path, reason: "the folder cannot be read")
        }
        var entries: [TreeEntry] = []
        for case let path as String in walker {
            guard !excluded.contains(path) else { continue }
            let attributes = (try? fileManager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)) ?? [:]
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?:
                continue
            case .typeRegular?:
                guard !path.contains("\n"), path.split(separator: "/").allSatisfy({ $0 != ".git" }) else {
                    throw PublishError.unsupportedFile(path: path, reason: "git cannot store this name")
                }
                let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
                entries.append(TreeEntry(path: path, mode: permissions & 0o111 != 0 ? "100755" : "100644"))
            default:
                throw PublishError.unsupportedFile(path: path, reason: "it is not a regular file (a link or a device)")
            }
        }
        return entries
    }
}
