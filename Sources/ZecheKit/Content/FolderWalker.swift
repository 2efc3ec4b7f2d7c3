import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the files below a folder of the site, sorted by path. Hidden files are skipped;
/// symbolic links are followed, but one that leads back into a folder being walked is
/// reported instead of looping.
struct FolderWalker {
    var diagnostics: [Diagnostic] = []

    mutating func files(in folder: String, root: URL) -> [String] {
        var result: [String] = []
        var ancestors: Set<String> = []
        walk(folder, root: root, ancestors: &ancestors, into: &result, depth: 0)
        result.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return result
    }

    private mutating func walk(_ folder: String, root: URL, ancestors: inout Set<String>, into result: inout [String], depth: Int) {
        let url = root.appendingPathComponent(folder)
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        let identity = "\(info.st_dev):\(info.st_ino)"
        guard depth < 64, !ancestors.contains(identity) else {
            diagnostics.append(.error(
                "the folder '\(folder)' leads back into itself through a symbolic link", at: SourceLocation(path: folder),
                fix: "remove the link or point it outside the site's folders"))
            return
        }
        ancestors.insert(identity)
        defer { ancestors.remove(identity) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            diagnostics.append(.error("cannot read the folder '\(folder)'", at: SourceLocation(path: folder),
                                      fix: "check its permissions"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var entry = stat()
            if stat(root.appendingPathComponent(path).path, &entry) != 0 {
                if lstat(root.appendingPathComponent(path).path, &entry) == 0 {
                    diagnostics.append(.error("the symbolic link '\(path)' points to nothing", at: SourceLocation(path: path),
                                              fix: "remove the link or fix its target"))
                }
                continue
            }
            if entry.st_mode & S_IFMT == S_IFDIR {
                walk(path, root: root, ancestors: &ancestors, into: &result, depth: depth + 1)
            } else if entry.st_mode & S_IFMT == S_IFREG {
                result.append(path)
            }
        }
    }
}
