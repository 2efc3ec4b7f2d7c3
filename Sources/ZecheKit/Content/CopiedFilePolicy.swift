import Foundation

/// Which files of `Content/` the site copies as they are (shared images, a bundle's files):
/// only what a newsroom publishes, by file extension, and SVG pictures only without scripts
/// (see `SVGChecker`). An `.html`, `.js` or `.css` file in `Content/` would be published
/// under the site's origin, where its script could do anything the site can; raw HTML in
/// Markdown is off for the same reason, and `unsafe_html: true` does not change this.
///
/// The theme's `Templates/assets/` is code, like the templates, and is not checked here.
enum CopiedFilePolicy {
    /// The extensions (lower case) that are copied, grouped as the documentation lists them.
    static let allowedExtensions: [(group: String, extensions: [String])] = [
        ("images", ["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff"]),
        ("documents", ["pdf", "txt", "csv", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"]),
        ("audio", ["mp3", "m4a", "aac", "oga", "ogg", "opus", "wav", "flac"]),
        ("video", ["mp4", "m4v", "webm", "ogv", "mov"]),
        ("subtitles", ["vtt", "srt"]),
        ("archives", ["zip", "gz", "tgz", "tar", "7z"]),
    ]

    private static let allowed = Set(allowedExtensions.flatMap(\.extensions))

    /// `paths` (site-relative) without the files that may not be published, each of which is
    /// reported as an error at its path (or at the place in an SVG file).
    static func filter(_ paths: [String], rootPath: String, into diagnostics: inout [Diagnostic]) -> [String] {
        paths.filter { path in
            guard let problem = problem(with: path, rootPath: rootPath) else { return true }
            diagnostics.append(problem)
            return false
        }
    }

    /// Why the file at `path` may not be published, or `nil`.
    static func problem(with path: String, rootPath: String) -> Diagnostic? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let fileExtension = name.contains(".") ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        guard allowed.contains(fileExtension) else {
            let what = fileExtension.isEmpty ? "a file without an extension" : "a '.\(fileExtension)' file"
            return .error(
                "'\(path)' is \(what), which the site does not publish from Content/",
                at: SourceLocation(path: path),
                fix: "remove it, or save it in one of the published types (images, PDF, office documents, audio, video, archives; see SECURITY.md); "
                    + "scripts, HTML and stylesheets belong to the theme in Templates/assets/")
        }
        guard fileExtension == "svg" else { return nil }
        guard let data = FileManager.default.contents(atPath: rootPath + "/" + path) else {
            return .error("cannot read '\(path)' to check it", at: SourceLocation(path: path), fix: "check that the file is readable")
        }
        let checker = SVGChecker([UInt8](data))
        guard let problem = checker.firstProblem() else { return nil }
        let (line, column) = checker.position(of: problem.offset)
        return .error(
            "the SVG picture has \(problem.message)", at: SourceLocation(path: path, line: line, column: column),
            fix: "remove it from the picture (or export the picture again without scripts, links or embedded content); "
                + "the site publishes only SVG pictures that cannot run scripts or load anything from elsewhere")
    }
}
