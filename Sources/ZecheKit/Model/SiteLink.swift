/// A link in the content and where it was written.
public struct SiteLink: Sendable, Hashable {
    public let destination: String
    public let location: SourceLocation
}
