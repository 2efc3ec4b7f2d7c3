/// A standalone page such as the Impressum, from `Content/pages/NAME.md`.
public struct Page: Sendable {
    public let sourcePath: String
    public let slug: String
    public let title: String
    public let description: String
    /// `/impressum/` below the base path.
    public let url: String
    public let outputPath: String
    public let contentHTML: String
    public let headings: [HeadingInfo]
    public let params: [String: ParamValue]
}
