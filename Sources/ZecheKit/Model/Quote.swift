/// A quotation with its speaker, from an attributed blockquote in an article.
public struct Quote: Sendable, Hashable {
    public let text: String
    public let attribution: String
}
