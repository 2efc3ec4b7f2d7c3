/// The pattern of article URLs, such as `/:year/:month/:slug/`.
///
/// Made of literal path text and the tokens `:year`, `:month`, `:day` and `:slug`. It must
/// contain `:slug` (so two articles never share a URL by construction of the pattern alone)
/// and end in `/` (the page is written as `index.html`) or `.html`.
public struct PermalinkPattern: Sendable, Hashable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case literal(String)
        case year, month, day, slug
    }

    let parts: [Part]
    public let description: String

    public static let tokens = [":year", ":month", ":day", ":slug"]
    public static let `default` = PermalinkPattern(validated: "/:year/:month/:slug/")

    private init(validated text: String) {
        description = text
        parts = Self.split(text).parts
    }

    /// Reads a pattern, or returns what is wrong with it.
    public static func parse(_ text: String) -> Result<PermalinkPattern, PermalinkPatternError> {
        let (parts, unknown) = split(text)
        if let unknown { return .failure(.unknownToken(unknown)) }
        guard text.hasPrefix("/") else { return .failure(.mustStartWithSlash) }
        guard parts.contains(.slug) else { return .failure(.missingSlug) }
        guard text.hasSuffix("/") || text.hasSuffix(".html") else { return .failure(.badEnding) }
        for case .literal(let literal) in parts {
            if literal.contains("..") || literal.contains("//") || literal.contains("\\")
                || literal.unicodeScalars.contains(where: { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/-_.".unicodeScalars.contains($0))) }) {
                return .failure(.badCharacters(literal))
            }
        }
        return .success(PermalinkPattern(validated: text))
    }

    private static func split(_ text: String) -> (parts: [Part], unknown: String?) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == ":" {
                let name = rest.dropFirst().prefix(while: { $0.isLetter })
                let token = ":" + name
                let part: Part? = switch token {
                case ":year": .year
                case ":month": .month
                case ":day": .day
                case ":slug": .slug
                default: nil
                }
                guard let part else { return (parts, String(token)) }
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(part)
                rest = rest.dropFirst(token.count)
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return (parts, nil)
    }

    /// The URL path of an article, without the site's base path: `/2026/11/austausch/`.
    public func path(slug: String, date: SiteDate) -> String {
        var path = ""
        for part in parts {
            switch part {
            case .literal(let text): path += text
            case .year: path += String(date.year)
            case .month: path += date.month < 10 ? "0\(date.month)" : String(date.month)
            case .day: path += date.day < 10 ? "0\(date.day)" : String(date.day)
            case .slug: path += slug
            }
        }
        return path
    }
}

/// What is wrong with a permalink pattern.
public enum PermalinkPatternError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownToken(String)
    case mustStartWithSlash
    case missingSlug
    case badEnding
    case badCharacters(String)

    public var description: String {
        switch self {
        case .unknownToken(let token):
            let suggestion = Suggestion.nearest(to: token, in: PermalinkPattern.tokens).map { "; did you mean '\($0)'?" } ?? ""
            return "unknown permalink token '\(token)'\(suggestion)"
        case .mustStartWithSlash: return "the permalink must start with '/'"
        case .missingSlug: return "the permalink must contain ':slug', or articles of one day would share a URL"
        case .badEnding: return "the permalink must end with '/' or '.html'"
        case .badCharacters(let text): return "the permalink text '\(text)' may only hold a-z, 0-9, '-', '_', '.' and single '/'"
        }
    }

    public var fix: String {
        "use the tokens \(PermalinkPattern.tokens.joined(separator: " ")), e.g. '/:year/:month/:slug/'"
    }
}
