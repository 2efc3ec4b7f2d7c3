/// Limits a site sets in `site.yml` under `limits:` to keep one file from taking a build's
/// memory and time.
public struct SiteLimits: Sendable, Hashable {
    /// The default for `max_file_mb`.
    public static let defaultMaxFileMegabytes = 10

    /// The largest Markdown file of `Content/` (article, author, page) that is read, in bytes;
    /// a larger one is an error at its path. `limits: {max_file_mb: 10}`, 1 MB = 1,000,000 bytes.
    public var maxContentFileBytes = defaultMaxFileMegabytes * 1_000_000

    public init() {}
}
