/// Recognises the files editors write beside the one being edited: swap files, backups, lock
/// files and probes. Changes to them alone never trigger a rebuild; an editor that renames
/// such a file over the real one is seen as a change of the real one.
enum EditorScratchFiles {
    static func contains(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "4913" { return true }  // Vim's probe for whether it may write the folder.
        if name == ".DS_Store" { return true }
        if name.hasSuffix("~") { return true }  // Vim and Emacs backups.
        if name.hasPrefix(".#") { return true }  // Emacs lock files.
        if name.hasPrefix("#") && name.hasSuffix("#") { return true }  // Emacs auto-saves.
        if name.hasPrefix(".") && [".swp", ".swo", ".swx"].contains(where: { name.hasSuffix($0) }) { return true }
        if name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___") { return true }  // JetBrains.
        return false
    }
}
