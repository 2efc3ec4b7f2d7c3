public import Foundation

/// What a build includes and where it thinks it is published.
public struct BuildOptions: Sendable {
    public var includeDrafts: Bool
    public var includeFuture: Bool
    /// Replaces `url` of `site.yml`, e.g. the GitHub Pages address in CI.
    public var baseURLOverride: String?
    /// The moment that decides which articles are in the future.
    public var now: Date

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, baseURLOverride: String? = nil, now: Date) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURLOverride = baseURLOverride
        self.now = now
    }

    var loaderOptions: SiteLoader.Options {
        SiteLoader.Options(includeDrafts: includeDrafts, includeFuture: includeFuture, baseURLOverride: baseURLOverride, now: now)
    }
}
