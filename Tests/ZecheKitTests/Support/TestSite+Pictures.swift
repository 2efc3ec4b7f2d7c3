import Foundation
import ZecheKit
import ZecheTestSupport

/// Real image files for test sites, and whole builds with the default theme.
extension TestSite {
    /// A real image of the Media target's fixtures (`valid/baseline.jpg`: a 48×32 JPEG,
    /// `valid/rgb.png`: 48×32, `valid/still.gif`: 40×24), or the golden site's 1200×630 PNG
    /// (`share.png`).
    static func image(_ fixture: String) throws -> Data {
        if fixture == "share.png" {
            return try Data(contentsOf: PackagePaths.fixtures("ZecheKitTests")
                .appendingPathComponent("golden-site/Content/images/newsroom.png"))
        }
        return try Data(contentsOf: PackagePaths.fixtures("MediaTests").appendingPathComponent(fixture))
    }

    /// Copies the fixture image to `path` of the site.
    func addImage(_ fixture: String, at path: String) throws {
        try write(try Self.image(fixture), to: path)
    }

    /// Builds the site with the repository's default theme into `Output/`.
    func build() throws -> (result: BuildResult, output: URL) {
        let templates = root.appendingPathComponent("Templates")
        if !FileManager.default.fileExists(atPath: templates.path) {
            try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: templates)
        }
        let output = root.appendingPathComponent("Output")
        var pipeline = BuildPipeline(root: root, options: BuildOptions(now: TestSite.now))
        return (pipeline.build(into: OutputFolder(url: output)), output)
    }

    /// The text of a built file.
    func built(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Output/" + path), encoding: .utf8)
    }
}
