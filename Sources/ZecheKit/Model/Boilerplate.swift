/// The company's standard text under press releases ("Über Q.One"), from `Content/boilerplate.md`.
public struct Boilerplate: Sendable, Hashable {
    public let title: String
    public let html: String
    public let text: String
    public let sourcePath: String
}
