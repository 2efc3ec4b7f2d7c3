#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension TemplateLibrary {
    /// Loads and compiles every template in `directory`: `*.mustache` beside it are templates,
    /// `partials/**/*.mustache` are partials named by their path below `partials/`. Other files
    /// and folders (assets, translations) are ignored. Files are read as bytes, so invalid UTF-8
    /// never stops loading.
    ///
    /// `displayPath` replaces the folder's path in messages: `Templates/article.mustache:3:5`.
    ///
    /// - Throws: ``TemplateLoadError`` with every problem of every file: syntax errors, files that
    ///   cannot be read, and names used both by a template and a partial.
    public init(directory: URL, displayPath: String = "Templates") throws(TemplateLoadError) {
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
        for (name, relativePath) in found {
            let shownPath = displayPath + "/" + relativePath
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

    /// Whether `path` below `folder` is a template file: it ends in `.mustache`, is not hidden,
    /// and is not a folder.
    private static func isTemplateFile(_ path: String, in folder: String) -> Bool {
        guard path.hasSuffix(fileExtension), path.count > fileExtension.count else { return false }
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        guard !fileName.hasPrefix(".") else { return false }
        return (try? FileManager.default.contentsOfDirectory(atPath: folder + "/" + path)) == nil
    }
}
