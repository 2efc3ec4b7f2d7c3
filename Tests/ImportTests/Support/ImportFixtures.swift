import Foundation
@testable import Import
import ZecheTestSupport

/// The fixtures of `Tests/ImportTests/Fixtures/`.
enum ImportFixtures {
    static let folder = PackagePaths.fixtures("ImportTests")

    static func url(_ path: String) -> URL {
        folder.appendingPathComponent(path)
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: url(path)), as: UTF8.self)
    }

    /// Whether golden files are rewritten (`ZECHE_RECORD=1`); a recording run fails.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["ZECHE_RECORD"] == "1"
    }

    /// A WordPress post body as the importer converts it, alone: no other posts, no media.
    static func convertWordPressBody(_ html: String) -> (markdown: String, notes: [BodyNote]) {
        var export = WXRExport()
        export.baseBlogURL = "https://wpthemetestdata.wordpress.com"
        var item = WXRExport.Item()
        item.id = 1
        item.type = "post"
        item.status = "publish"
        item.content = html
        export.items = [item]
        var run = WordPressImportRun(export: export, uploads: nil)
        var copies: [String: URL] = [:]
        let (markdown, notes) = run.convert(item, path: "Content/posts/2020-01-01-x.md", copies: &copies)
        return (markdown, notes)
    }
}

extension ImportPlan {
    /// The document at `path`, if the plan writes one.
    func document(_ path: String) -> ImportedDocument? {
        documents.first { $0.path == path }
    }
}
