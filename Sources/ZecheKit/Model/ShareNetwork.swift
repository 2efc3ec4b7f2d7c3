/// A service an article can be shared to with a plain link: no script, no tracking parameter.
public enum ShareNetwork: String, Sendable, CaseIterable {
    case linkedin
    case xing
    case x
    case facebook
    case email
    case whatsapp
    case bluesky

    /// The networks a site shares to when `site.yml` names none.
    public static let defaults: [ShareNetwork] = [.linkedin, .xing, .x, .facebook, .email]

    /// The network's own name, the same in every language (e-mail is an interface string).
    public var name: String {
        switch self {
        case .linkedin: "LinkedIn"
        case .xing: "XING"
        case .x: "X"
        case .facebook: "Facebook"
        case .email: "E-Mail"
        case .whatsapp: "WhatsApp"
        case .bluesky: "Bluesky"
        }
    }

    /// The link that opens the network's share dialog for `url` with `title`.
    public func shareURL(url: String, title: String) -> String {
        shareURL(encodedURL: Escaping.urlQueryValue(url), encodedTitle: Escaping.urlQueryValue(title))
    }

    /// The share link from the URL and title already percent-encoded for a query (as
    /// `Escaping.urlQueryValue` does), so that one article's links encode them once.
    public func shareURL(encodedURL link: String, encodedTitle text: String) -> String {
        switch self {
        case .linkedin: "https://www.linkedin.com/sharing/share-offsite/?url=\(link)"
        case .xing: "https://www.xing.com/spi/shares/new?url=\(link)"
        case .x: "https://x.com/intent/post?url=\(link)&text=\(text)"
        case .facebook: "https://www.facebook.com/sharer/sharer.php?u=\(link)"
        case .email: "mailto:?subject=\(text)&body=\(link)"
        case .whatsapp: "https://wa.me/?text=\(text)%20\(link)"
        case .bluesky: "https://bsky.app/intent/compose?text=\(text)%20\(link)"
        }
    }
}
