import Foundation

/// Tells a folder that is not a site from one with mistakes in it, for `zeche serve`, which
/// would otherwise start a preview of nothing and wait for a site that never comes.
enum SiteFolderCheck {
    /// One line that says what the folder lacks and what to do, or `nil` when it has a
    /// `site.yml`. `source` is the folder as the user named it (`--source`), if they did;
    /// `command` is the name of the command that was run.
    static func problem(at root: URL, source: String?, command: String) -> String? {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        let hasConfig = fileManager.fileExists(atPath: root.appendingPathComponent("site.yml").path, isDirectory: &isFolder)
            && !isFolder.boolValue
        guard !hasConfig else { return nil }
        let hasContent = fileManager.fileExists(atPath: root.appendingPathComponent("Content").path, isDirectory: &isFolder)
            && isFolder.boolValue
        let folder = source.map { "'\($0)'" } ?? "this folder (\(root.path))"
        let missing = hasContent ? "no site.yml" : "no site.yml and no Content/ folder"
        return "error: \(folder) is not a Zeche site: it has \(missing); "
            + "run 'zeche \(command)' in your site's folder or pass --source DIR, or start a new site with 'zeche init DIR'"
    }
}
