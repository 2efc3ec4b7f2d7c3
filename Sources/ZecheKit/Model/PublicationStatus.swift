/// Whether an article is public, or in the site only because the build includes drafts and
/// future articles (the preview does): what the preview marks with a badge.
public enum PublicationStatus: Sendable, Hashable {
    case published
    /// `draft: true`.
    case draft
    /// Dated after the build's moment: published then.
    case scheduled(SiteDate)

    public var isPublic: Bool { self == .published }
}
