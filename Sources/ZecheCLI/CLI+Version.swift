import ZecheKit

extension CLI {
    /// What `zeche --version` prints: the version, then the source commit and what kind of
    /// build this is.
    static var versionText: String {
        let source = switch (ZecheVersion.commit, ZecheVersion.isRelease) {
        case (let commit?, true): "source commit \(commit) (release v\(ZecheVersion.current))"
        case (let commit?, false): "source commit \(commit) (a development build, not a release)"
        case (nil, _): "source commit unknown (a plain 'swift build'; 'make binary' records the version and commit from git)"
        }
        return "zeche \(ZecheVersion.current)\n\(source)\n"
    }
}
