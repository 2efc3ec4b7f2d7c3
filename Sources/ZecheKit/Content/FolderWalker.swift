import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files below a folder of the site, sorted by path. Hidden files are skipped;
/// symbolic links are followed only to targets inside the site's folder (see `SiteBoundary`),
/// and one that leads back into a folder being walked is reported instead of looping.
struct FolderWalker {
    #if canImport(Darwin)
    typealias DirectoryHandle = UnsafeMutablePointer<DIR>
    #else
    typealias DirectoryHandle = OpaquePointer
    #endif

    /// How deep folders may nest below the folder walked; deeper ones are reported, not read.
    static let maxDepth = 64

    var diagnostics: [Diagnostic] = []
    /// When set, a Markdown file (`.md`) larger than this many bytes is not listed but reported:
    /// reading and parsing it would take memory in proportion (`limits: max_file_mb`).
    var maxMarkdownBytes: Int?
    /// The signature of every file listed, as the walk found it: whoever reads the files next
    /// compares it with what it kept without asking the file system again.
    var signatures: [String: FileSignature] = [:]

    mutating func files(in folder: String, root: URL) -> [String] {
        var result: [String] = []
        // The folders above `folder` up to the site's folder count as walked, so that a link
        // back to `Content/` or the site's folder is reported too.
        var ancestors: Set<String> = []
        var above = Substring(folder)
        while let slash = above.lastIndex(of: "/") {
            above = above[..<slash]
            if let identity = Self.identity(of: root.appendingPathComponent(String(above))) { ancestors.insert(identity) }
        }
        if let identity = Self.identity(of: root) { ancestors.insert(identity) }
        let boundary = SiteBoundary(rootPath: root.path)
        // The folder itself may be a link (`Content/images -> /etc`), or lie in a linked one.
        if let boundary, let problem = boundary.problem(at: root.path + "/" + folder, shownAs: folder) {
            diagnostics.append(problem)
            return []
        }
        walk(folder, root: root.path, boundary: boundary, ancestors: &ancestors, into: &result, depth: 0)
        result.sortByUTF8()
        return result
    }

    static func tooLarge(_ path: String, size: Int, limit: Int) -> Diagnostic {
        func megabytes(_ bytes: Int) -> String {
            bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
        }
        let raised = (size + 999_999) / 1_000_000
        return .error(
            "'\(path)' is \(megabytes(size)), more than the limit of \(megabytes(limit)) for one content file", at: SourceLocation(path: path),
            fix: "split it into several files, or raise the limit in site.yml: limits: {max_file_mb: \(raised)}")
    }

    private static func identity(of url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// `root` is the site folder's file system path: paths below it are joined as strings,
    /// which for 10,000 files is much cheaper than a `URL` for each.
    private mutating func walk(_ folder: String, root: String, boundary: SiteBoundary?, ancestors: inout Set<String>,
                               into result: inout [String], depth: Int) {
        let folderPath = root + "/" + folder
        var info = stat()
        guard stat(folderPath, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        let identity = "\(info.st_dev):\(info.st_ino)"
        guard !ancestors.contains(identity) else {
            diagnostics.append(.error(
                "the folder '\(folder)' is a symbolic link back to a folder that contains it", at: SourceLocation(path: folder),
                fix: "remove the link, or point it at a folder of the site that does not contain it"))
            return
        }
        guard depth < Self.maxDepth else {
            diagnostics.append(.error(
                "the folder '\(folder)' is nested more than \(Self.maxDepth) folders deep", at: SourceLocation(path: folder),
                fix: "move its files to a folder higher up"))
            return
        }
        ancestors.insert(identity)
        defer { ancestors.remove(identity) }
        // The folder stays open while its entries are looked at: `fstatat` by name, relative
        // to it, spares the kernel resolving the whole path again for each of 10,000 files.
        guard let directory = opendir(folderPath) else {
            diagnostics.append(.error("cannot read the folder '\(folder)'", at: SourceLocation(path: folder),
                                      fix: "check its permissions"))
            return
        }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        let names = names(in: directory, folder: folder)
        // Room for a large folder's signatures at once; many small folders (bundles) let the
        // table grow as it does.
        if signatures.count + names.count > signatures.capacity {
            signatures.reserveCapacity(Swift.max(signatures.count + names.count, signatures.capacity * 2))
        }
        for name in names {
            let path = folder + "/" + name
            var entry = stat()
            // The entry itself first: only a link costs a second call, and its target must
            // stay inside the site's folder.
            guard fstatat(descriptor, name, &entry, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            if entry.st_mode & S_IFMT == S_IFLNK {
                if fstatat(descriptor, name, &entry, 0) != 0 {
                    diagnostics.append(errno == ELOOP
                        ? .error("the symbolic link '\(path)' leads in a circle", at: SourceLocation(path: path),
                                 fix: "remove the link or point it at a real file or folder")
                        : .error("the symbolic link '\(path)' points to nothing", at: SourceLocation(path: path),
                                 fix: "remove the link or fix its target"))
                    continue
                }
                if let boundary, let problem = boundary.problem(at: folderPath + "/" + name, shownAs: path) {
                    diagnostics.append(problem)
                    continue
                }
            }
            if entry.st_mode & S_IFMT == S_IFDIR {
                walk(path, root: root, boundary: boundary, ancestors: &ancestors, into: &result, depth: depth + 1)
            } else if entry.st_mode & S_IFMT == S_IFREG {
                if let limit = maxMarkdownBytes, Int(entry.st_size) > limit, name.hasSuffix(".md") {
                    diagnostics.append(Self.tooLarge(path, size: Int(entry.st_size), limit: limit))
                    continue
                }
                result.append(path)
                signatures[path] = FileSignature(entry)
            } else {
                // Opening a named pipe would wait for a writer forever: skip it, and say so.
                diagnostics.append(.warning(
                    "'\(path)' is \(SourceFile.kind(of: entry.st_mode)), not a file; it is skipped", at: SourceLocation(path: path),
                    fix: "remove it, or replace it with a regular file"))
            }
        }
    }

    /// The names of the folder's entries that are not hidden, sorted by their bytes. A name that
    /// is not UTF-8 cannot be a path of the site (in a URL, a link or a message): it is reported
    /// and skipped.
    private mutating func names(in directory: DirectoryHandle, folder: String) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { bytes in
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                guard length > 0, bytes[0] != UInt8(ascii: ".") else { return "" }
                return String(validating: bytes[..<length], as: UTF8.self)
            }
            guard let name else {
                let shown = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                diagnostics.append(.warning(
                    "'\(folder)/\(shown)' has a name that is not UTF-8 text; it is skipped", at: SourceLocation(path: folder),
                    fix: "rename it with UTF-8 characters (a name written on Windows or an old Mac may be in another encoding)"))
                continue
            }
            if !name.isEmpty { names.append(name) }
        }
        names.sortByUTF8()
        return names
    }
}
