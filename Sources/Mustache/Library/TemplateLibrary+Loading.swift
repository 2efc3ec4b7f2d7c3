#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension TemplateLibrary {
    /// Loads and compiles every template in `directory`: `*.mustache` beside it are templates,
    /// `partials/**/*.mustache` are partials named by their path below `partials/`. Other files
    /// and folders (assets, translations) are ignored. Files are read as bytes, so invalid UTF-8
    /// never stops loading.
    ///
    /// `displayPath` replaces the folder's path in messages: `Templates/article.mustache:3:5`.
    ///
    /// A template that is a symbolic link (or lies in a linked folder) is read only when its
    /// target is inside `linkBoundary`, by default the folder that holds `directory` (the
    /// site's folder for `Templates/`): a theme from someone else cannot make the build read
    /// `/etc/passwd` or the environment of a CI job.
    ///
    /// - Throws: ``TemplateLoadError`` with every problem of every file: syntax errors, files that
    ///   cannot be read or lead outside the boundary, and names used both by a template and a
    ///   partial.
    public init(directory: URL, displayPath: String = "Templates", linkBoundary: URL? = nil) throws(TemplateLoadError) {
        let files = FileManager.default
        let root = directory.path
        guard let topLevel = try? files.contentsOfDirectory(atPath: root) else {
            throw TemplateLoadError(errors: [TemplateError(
                path: displayPath, line: 0, column: 0,
                message: "template folder '\(root)' does not exist or cannot be read; create it with a "
                    + "template such as \(displayPath)/layout.mustache")])
        }
        var found: [(name: String, relativePath: String)] = []
        for file in topLevel.sorted() where TemplateLibrary.isTemplateFile(file, in: root) {
            found.append((String(file.dropLast(TemplateLibrary.fileExtension.count)), file))
        }
        let partials = root + "/partials"
        if let paths = try? files.subpathsOfDirectory(atPath: partials) {
            for path in paths.sorted() where TemplateLibrary.isTemplateFile(path, in: partials) {
                found.append((String(path.dropLast(TemplateLibrary.fileExtension.count)), "partials/" + path))
            }
        }
        var errors: [TemplateError] = []
        var sources: [Source] = []
        var owners: [String: String] = [:]
        let boundary = Self.resolvedPath((linkBoundary ?? directory.deletingLastPathComponent()).path)
        for (name, relativePath) in found {
            let shownPath = displayPath + "/" + relativePath
            if let boundary, let target = Self.resolvedPath(root + "/" + relativePath), !Self.isInside(target, boundary) {
                errors.append(TemplateError(
                    path: shownPath, line: 0, column: 0,
                    message: "the template is a symbolic link (or lies in a linked folder) that leads outside the site's folder, "
                        + "to '\(target)'; copy the file into \(displayPath)/ instead of linking to it"))
                continue
            }
            if let owner = owners[name] {
                errors.append(TemplateError(
                    path: shownPath, line: 0, column: 0,
                    message: "template name '\(name)' is used by both \(owner) and \(shownPath); rename one of them"))
                continue
            }
            owners[name] = shownPath
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath))
                sources.append(Source(name: name, displayPath: shownPath, bytes: [UInt8](data)))
            } catch {
                errors.append(TemplateError(
                    path: shownPath, line: 0, column: 0,
                    message: "cannot read the template; check that it is a readable file"))
            }
        }
        var library: TemplateLibrary?
        do {
            library = try TemplateLibrary(compiling: sources)
        } catch {
            errors.append(contentsOf: error.errors)
        }
        guard errors.isEmpty, let library else { throw TemplateLoadError(errors: errors) }
        self = library
    }

    static let fileExtension = ".mustache"

    /// `path` with every symbolic link resolved, or `nil` when it leads nowhere.
    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the resolved `path` is `folder` or below it.
    private static func isInside(_ path: String, _ folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// Whether `path` below `folder` is a template file: it ends in `.mustache`, is not hidden,
    /// and is not a folder.
    private static func isTemplateFile(_ path: String, in folder: String) -> Bool {
        guard path.hasSuffix(fileExtension), path.count > fileExtension.count else { return false }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard !fileName.hasPrefix(".") else { return false }
        return (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + path)) == nil
    }
}
