import Foundation
import ZecheTestSupport

/// A small site in a temporary folder for running `zeche` on: `site.yml`, one author `anna`,
/// a theme of one-line templates, and the files a test adds.
struct SiteFolder {
    static let templates = [
        "layout", "article", "index", "tag", "tags", "author", "authors", "page", "404",
    ]

    let folder: TemporaryDirectory

    init(_ files: [String: String] = [:]) throws {
        folder = try TemporaryDirectory(prefix: "zeche-cli")
        try folder.write("title: Testnewsroom\nurl: https://news.example.com/\n", to: "site.yml")
        try folder.write("---\nname: Anna Berg\n---\nAnna schreibt.\n", to: "Content/authors/anna.md")
        for name in Self.templates {
            try folder.write("<title>{{site.title}}</title>\n", to: "Templates/\(name).mustache")
        }
        for (path, text) in files { try folder.write(text, to: path) }
    }

    var url: URL { folder.url }

    /// Runs `zeche` in the site's folder.
    func run(_ arguments: String...) throws -> ZecheRun {
        try ZecheRun(arguments, in: folder.url)
    }

    /// Every file below the folder with its contents, to show that a command wrote nothing.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in relativeFiles(in: folder.url) {
            files[path] = try Data(contentsOf: folder.url.appendingPathComponent(path))
        }
        return files
    }
}
