/// What rendering a Markdown body needs to know of the site's images: each file's size, the
/// file behind each address (for images written as `/images/x.jpg`), and whether every image
/// needs a credit.
struct BodyImages: Sendable {
    let catalog: ImageCatalog
    /// Output path → the site file copied there (`images/x.jpg` → `Content/images/x.jpg`).
    let sourceByOutput: [String: String]
    let requiresCredit: Bool

    static let none = BodyImages(catalog: ImageCatalog(), sourceByOutput: [:], requiresCredit: false)

    /// One image a body shows, as it was when the body was rendered: a cached body is
    /// rendered again when one of its images is no longer the same.
    struct Use: Sendable, Equatable {
        /// The output path a root-relative image named, when it named one.
        let outputPath: String?
        /// The site file it showed.
        let file: String?
        let entry: ImageCatalog.Entry?
    }

    /// Whether `use` would be made the same way now.
    func isCurrent(_ use: Use) -> Bool {
        if let outputPath = use.outputPath, sourceByOutput[outputPath] != use.file { return false }
        return use.file.map { catalog.entry($0) == use.entry } ?? true
    }

    /// Whether an image, by its destination's extension, is a drawing rather than a photo:
    /// SVGs need no credit.
    static func isVectorDrawing(_ destination: String) -> Bool {
        var path = Substring(destination)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        return path.lowercased().hasSuffix(".svg")
    }
}

extension BodyImages {
    /// The facts of an image file a body shows, or an error at its place.
    func facts(of file: String, named name: String, what: String, at location: SourceLocation,
               into diagnostics: inout [Diagnostic]) -> ImageFacts? {
        catalog.facts(of: file, named: name, what: what, at: location, into: &diagnostics)
    }
}
