/// Where one output file lives: its root-relative URL and its path in the output folder.
public struct PageAddress: Sendable, Hashable {
    /// Root-relative, with the site's base path and percent-encoding: `/newsroom/2026/11/x/`.
    public let url: String
    /// Relative to the output folder: `2026/11/x/index.html`.
    public let outputPath: String
}
