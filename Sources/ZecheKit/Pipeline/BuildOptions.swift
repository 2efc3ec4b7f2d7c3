public import Foundation

/// What a build includes and where it thinks it is published: the options of `zeche build`,
/// `zeche check` and `zeche serve`, passed through every stage of the pipeline.
public struct BuildOptions: Sendable, Hashable {
    public var includeDrafts: Bool
    public var includeFuture: Bool
    /// Replaces `url` of `site.yml`, e.g. the GitHub Pages address in CI or the preview's own.
    public var baseURLOverride: BaseURL?
    /// The moment that decides which articles are in the future or under embargo.
    public var now: Date
    /// The secret of the private pages of embargoed articles (`ZECHE_EMBARGO_KEY`); without
    /// it, an embargoed article is written nowhere.
    public var embargoKey: EmbargoKey?
    /// The editors' preview: an embargoed article is shown at its permalink (at its private
    /// address with a key) with its embargo notice, and stays in no list, feed or index.
    public var showsEmbargoed: Bool

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, baseURLOverride: BaseURL? = nil, now: Date,
                embargoKey: EmbargoKey? = nil, showsEmbargoed: Bool = false) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.baseURLOverride = baseURLOverride
        self.now = now
        self.embargoKey = embargoKey
        self.showsEmbargoed = showsEmbargoed
    }

    /// What decides the content of pages, everything but the moment: pages are the same at
    /// another moment as long as the same articles are published.
    struct Publishing: Sendable, Hashable {
        let includeDrafts: Bool
        let includeFuture: Bool
        let baseURLOverride: BaseURL?
        let embargoKey: EmbargoKey?
        let showsEmbargoed: Bool
    }

    var publishing: Publishing {
        Publishing(includeDrafts: includeDrafts, includeFuture: includeFuture, baseURLOverride: baseURLOverride, embargoKey: embargoKey,
                   showsEmbargoed: showsEmbargoed)
    }
}
