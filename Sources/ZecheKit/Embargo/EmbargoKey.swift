/// The secret from which the private addresses of embargoed articles are derived
/// (`/vorab/<token>/`). The command line reads it from `ZECHE_EMBARGO_KEY`; ZecheKit never
/// reads the environment.
///
/// The token is HMAC-SHA256 of the article's slug under the key, 128 bits in hex: without the
/// key nobody can compute it from the slug, and the same key gives the same address in every
/// build, so a link sent to journalists keeps working until the embargo ends.
public struct EmbargoKey: Sendable, Hashable, CustomStringConvertible {
    /// How long a key must be at least: a short key could be found by trying.
    public static let minimumLength = 16

    private let bytes: [UInt8]

    /// The key from its text, or `nil` when it is shorter than `minimumLength` bytes.
    public init?(_ secret: String) {
        guard secret.utf8.count >= Self.minimumLength else { return nil }
        bytes = Array(secret.utf8)
    }

    /// The path segment of an article's private address: 32 lowercase hex digits.
    func token(forSlug slug: String) -> String {
        String(SHA256.hex(SHA256.hmac(key: bytes, message: Array("zeche-embargo:\(slug)".utf8))).prefix(32))
    }

    /// Never the secret itself, so that no log or debug output shows it.
    public var description: String { "EmbargoKey(…)" }
}
