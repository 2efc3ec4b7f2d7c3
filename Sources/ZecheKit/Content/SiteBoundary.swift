#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The site's folder as the file system resolves it. Zeche follows a symbolic link only when
/// its target is inside this folder: a link to `/proc/self/environ` or `~/.ssh/id_rsa` in a
/// pull request would otherwise put that file on the site, or its lines into the build log.
struct SiteBoundary: Sendable {
    /// The site folder's path with every link resolved, without a trailing slash.
    let resolvedRoot: String

    /// The boundary of the folder at `rootPath`; `nil` when the folder does not exist.
    init?(rootPath: String) {
        guard let resolved = Self.resolve(rootPath) else { return nil }
        resolvedRoot = resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
    }

    /// `path` with every symbolic link resolved, or `nil` when it leads nowhere.
    static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a resolved path is the site's folder or inside it.
    func contains(resolved path: String) -> Bool {
        if resolvedRoot == "/" { return true }
        return path == resolvedRoot || (path.hasPrefix(resolvedRoot) && path.utf8.dropFirst(resolvedRoot.utf8.count).first == UInt8(ascii: "/"))
    }

    /// The error for the file or folder at `fullPath` (shown as `path`) when it resolves to a
    /// place outside the site's folder; `nil` when it stays inside or does not resolve (a
    /// dangling link is reported where it is read).
    func problem(at fullPath: String, shownAs path: String) -> Diagnostic? {
        guard let target = Self.resolve(fullPath), !contains(resolved: target) else { return nil }
        return .error(
            "'\(path)' is a symbolic link (or lies in a linked folder) that leads outside the site's folder, to '\(target)'",
            at: SourceLocation(path: path),
            fix: "copy the file into the site instead of linking to it; Zeche follows links only to files and folders inside the site's folder")
    }
}
