import Foundation

/// The address a site is published at, parsed once: every root-relative URL of a build starts
/// with its `path`, every absolute URL with its `origin`.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The whole address with exactly one trailing slash: `https://example.github.io/newsroom/`.
    public let absolute: String
    /// The path with slashes at both ends: `/` or `/newsroom/`.
    public let path: String
    /// The address without its path: `https://example.github.io`.
    public let origin: String

    /// Reads an absolute http(s) address; `nil` for anything else (a relative path, a query,
    /// another scheme, spaces).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil, !trimmed.contains(" ")
        else { return nil }
        // Schemes are case-insensitive; feeds and sitemaps compare URLs as text (found by fuzzing).
        let url = scheme + trimmed.dropFirst(scheme.count)
        let whole = url.hasSuffix("/") ? url : url + "/"
        let afterScheme = whole.range(of: "://").map { whole[$0.upperBound...] } ?? whole[...]
        let slash = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        absolute = whole
        path = String(whole[slash...])
        origin = String(whole[..<slash])
    }

    /// An address known to be well-formed: `origin` without a trailing slash, `path` with
    /// slashes at both ends.
    init(origin: String, path: String) {
        self.origin = origin
        self.path = path
        absolute = origin + path
    }

    public var description: String { absolute }
}
