#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The watched inputs on disk: walks them without following symbolic links, so a link loop
/// cannot make a walk run forever.
struct InputTree: Sendable {
    /// What a file looked like, to tell whether it changed between two scans.
    struct Stamp: Equatable, Sendable {
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
        var size: Int
        var inode: UInt64
    }

    /// Folders nested deeper than this are not walked into.
    static let maximumDepth = 64

    /// The site root, without a trailing slash.
    let root: String
    /// Names of files or folders directly under the root: `Content`, `Templates`, `site.yml`.
    let watchedNames: [String]

    /// The absolute path of `relative`.
    func absolute(_ relative: String) -> String {
        relative.isEmpty ? root : root + "/" + relative
    }

    /// Whether `relative` is a folder (not a link to one).
    func isFolder(_ relative: String) -> Bool {
        var info = stat()
        return lstat(absolute(relative), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether something exists at `relative` (a dangling link counts).
    func exists(_ relative: String) -> Bool {
        var info = stat()
        return lstat(absolute(relative), &info) == 0
    }

    /// Every file (and link) under the watched names, with its stamp.
    func scanFiles() -> [String: Stamp] {
        var files: [String: Stamp] = [:]
        for name in watchedNames {
            walk(name, depth: 0) { path, info in
                if info.st_mode & S_IFMT != S_IFDIR { files[path] = Self.stamp(info) }
            }
        }
        return files
    }

    /// Calls `visit` for `relative` and, if it is a folder, for everything under it.
    func walk(_ relative: String, depth: Int = 0, visit: (String, stat) -> Void) {
        var info = stat()
        guard lstat(absolute(relative), &info) == 0 else { return }
        visit(relative, info)
        guard info.st_mode & S_IFMT == S_IFDIR, depth < Self.maximumDepth,
              let folder = opendir(absolute(relative))
        else { return }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            walk(relative + "/" + name, depth: depth + 1, visit: visit)
        }
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Glibc)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return Stamp(
            modifiedSeconds: Int(modified.tv_sec),
            modifiedNanoseconds: Int(modified.tv_nsec),
            size: Int(info.st_size),
            inode: UInt64(info.st_ino))
    }
}
