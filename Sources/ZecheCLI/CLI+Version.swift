import Foundation
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

    /// What the build cache records of the program that wrote it: the version and commit,
    /// and the running file's size and time, so that a cache is never read by a program
    /// built from other sources (a development build's version is always "dev").
    static var toolIdentity: String {
        let executable = Bundle.main.executablePath.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
        let attributes = executable.flatMap { try? FileManager.default.attributesOfItem(atPath: $0) }
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
        let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "zeche \(ZecheVersion.current) \(ZecheVersion.commit ?? "-") \(size) \(time)"
    }
}
