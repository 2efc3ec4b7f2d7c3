import Foundation

/// The theme `zeche init` writes into `Templates/`: the repository's own `Templates/` folder,
/// compiled into the binary by `scripts/embed-theme.py` (see `DefaultTheme+Files.swift`).
enum DefaultTheme {
    /// The theme's files with their contents, as `Templates/`-relative paths.
    static func contents() -> [(path: String, data: Data)] {
        files.map { ($0.path, $0.data) }
    }
}

/// One file of the embedded theme: text, or base64 for anything a Swift literal cannot keep.
struct ThemeFile: Sendable {
    let path: String
    private let text: String?
    private let base64: String?

    init(path: String, text: String) {
        self.path = path
        self.text = text
        base64 = nil
    }

    init(path: String, base64: String) {
        self.path = path
        text = nil
        self.base64 = base64
    }

    var data: Data {
        if let text { return Data(text.utf8) }
        return base64.flatMap { Data(base64Encoded: $0) } ?? Data()
    }
}
