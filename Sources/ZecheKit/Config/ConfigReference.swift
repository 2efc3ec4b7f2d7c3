/// An id that `site.yml` names (a press contact), with where it is written, so that an
/// unknown one is reported at its place.
public struct ConfigReference: Sendable, Hashable {
    public let id: String
    public let location: SourceLocation
}
