/// The version of Zeche, shown by `zeche --version` and in generated pages' generator tag.
///
/// It comes from git: `make binary` (and so `make install` and `make dist`) writes
/// `ZecheVersion+Stamp.swift` with `scripts/version.sh` and compiles it with `-DZECHE_STAMPED`.
/// A plain `swift build` has no stamp and says "dev".
public enum ZecheVersion {
    /// "0.9.0" for a build of the tag v0.9.0, "0.9.0-dev+1a2b3c4" for a stamped build of another
    /// commit, "dev" for a plain `swift build`.
    public static var current: String { stamp.version }
    /// The full git commit the binary was built from; nil for a plain `swift build`.
    public static var commit: String? { stamp.commit }
    /// Whether the binary was built from a version tag, without changes: a release.
    public static var isRelease: Bool { stamp.isRelease }
    /// The SHA-256 of this release's linux-x86_64 binary, which the release workflow gives the
    /// builds for other platforms (the linux-x86_64 binary cannot hold its own).
    package static var linuxBinarySHA256: String? { stamp.linuxBinarySHA256 }

    struct Stamp {
        let version: String
        let commit: String?
        let isRelease: Bool
        let linuxBinarySHA256: String?
    }
}

#if !ZECHE_STAMPED
extension ZecheVersion {
    static let stamp = Stamp(version: "dev", commit: nil, isRelease: false, linuxBinarySHA256: nil)
}
#endif
