/// The Zeche release that a new site's workflows download and verify: its version, the SHA-256
/// of its linux-x86_64 binary, and where releases are downloaded from.
public struct ZecheRelease: Sendable, Equatable {
    /// Where site workflows download Zeche from:
    /// `DOWNLOADS/vVERSION/zeche-VERSION-linux-x86_64.tar.gz`. The one place that names Zeche's
    /// GitHub repository; `.github/workflows/release.yml` stops a release whose repository
    /// differs, and `zeche init --release-url` overrides it for one site.
    public static let defaultDownloads = "https://github.com/q-one/zeche/releases/download"

    /// A pin that a user gave and that is not valid, with what is wrong in `message`.
    public struct InvalidPin: Error, Equatable {
        public let message: String
    }

    /// The version, such as "0.9.0", without the tag's "v".
    public let version: String
    /// The SHA-256 of the `zeche` binary in the linux-x86_64 archive, in lowercase hex.
    public let binarySHA256: String
    /// The base URL of the release downloads, without a trailing slash.
    public let downloads: String

    /// A pin as the running binary knows it, taken as it is.
    package init(version: String, binarySHA256: String, downloads: String = Self.defaultDownloads) {
        self.version = version
        self.binarySHA256 = binarySHA256
        self.downloads = downloads
    }

    /// A pin given on the command line, checked: a version such as 1.2.3 or 1.2.3-rc.1, 64
    /// hexadecimal digits, and downloads as `checkedDownloads` accepts them. The values go into
    /// YAML and shell, so anything else is refused rather than quoted.
    public static func checked(version: String, binarySHA256: String, downloads: String?) throws(InvalidPin) -> ZecheRelease {
        guard isVersion(version) else {
            throw InvalidPin(message: "'\(version)' is not a Zeche version such as 0.9.0")
        }
        let hash = binarySHA256.lowercased()
        guard hash.utf8.count == 64, hash.utf8.allSatisfy({ isHexDigit($0) }) else {
            throw InvalidPin(message: "'\(binarySHA256)' is not a SHA-256: 64 hexadecimal digits")
        }
        return ZecheRelease(version: version, binarySHA256: hash, downloads: try checkedDownloads(downloads))
    }

    /// The base URL of the downloads (the default for nil), without a trailing slash: https://,
    /// or file:/// for tests, with no quotes, spaces or '$'.
    public static func checkedDownloads(_ downloads: String?) throws(InvalidPin) -> String {
        var base = downloads ?? defaultDownloads
        while base.hasSuffix("/") { base.removeLast() }
        guard base.hasPrefix("https://") || base.hasPrefix("file:///"), base.utf8.allSatisfy({ isURLCharacter($0) }) else {
            throw InvalidPin(message: "'\(downloads ?? "")' is not an https:// URL without quotes, spaces or '$'")
        }
        return base
    }

    /// The archive's name without `.tar.gz`, which is also the folder inside it.
    public var archiveName: String { "zeche-\(version)-linux-x86_64" }

    /// The address the workflows download.
    public var archiveURL: String { "\(downloads)/v\(version)/\(archiveName).tar.gz" }

    private static func isVersion(_ text: String) -> Bool {
        let core = text.split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
        else { return false }
        return text.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isURLCharacter(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || Array(":/._-~%@+=,".utf8).contains(byte)
    }
}
