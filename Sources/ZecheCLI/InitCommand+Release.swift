import Foundation
import ZecheKit

extension InitCommand {
    /// The release the new site's workflows download: the one given with --zeche-version and
    /// --zeche-sha256, or else this binary's own, with a warning when that has no release.
    static func pinnedRelease(_ arguments: ArgumentList) throws(UsageError) -> (ZecheRelease, warning: String?) {
        let version = arguments.value("zeche-version"), hash = arguments.value("zeche-sha256")
        do throws(ZecheRelease.InvalidPin) {
            let downloads = try ZecheRelease.checkedDownloads(arguments.value("release-url"))
            switch (version, hash) {
            case let (version?, hash?):
                return (try ZecheRelease.checked(version: version, binarySHA256: hash, downloads: downloads), nil)
            case (nil, nil):
                return ownRelease(downloads: downloads)
            default:
                break
            }
        } catch {
            throw UsageError(error.message)
        }
        throw UsageError("give --zeche-version and --zeche-sha256 together: a release and the SHA-256 of its linux-x86_64 binary")
    }

    /// This binary's own release, with a warning when it has none (a development build).
    static func ownRelease(downloads: String = ZecheRelease.defaultDownloads) -> (ZecheRelease, warning: String?) {
        let ownHash = ZecheVersion.linuxBinarySHA256 ?? ownLinuxBinarySHA256()
        let release = ZecheRelease(version: ZecheVersion.current, binarySHA256: ownHash ?? "", downloads: downloads)
        return (release, ZecheVersion.isRelease && ownHash != nil ? nil : unreleasedWarning)
    }

    private static var unreleasedWarning: String {
        """
        warning: this zeche (\(ZecheVersion.current)) is not a release, so there is nothing to download for the \
        workflows in .github/workflows/: they will stop until they pin a release.
        fix: run zeche init with --zeche-version VERSION --zeche-sha256 HASH (the hash on the line for \
        zeche-VERSION-linux-x86_64/zeche in the release's SHA256SUMS), or set ZECHE_VERSION and ZECHE_SHA256 \
        in both workflows (README.md, 'Upgrading Zeche').

        """
    }

    /// The SHA-256 of this binary when it is a stamped build for Linux on x86_64, the platform
    /// of GitHub's runners: the release archive holds this very file. A plain `swift build`
    /// has no release, so it is not hashed.
    private static func ownLinuxBinarySHA256() -> String? {
        #if os(Linux) && arch(x86_64)
        guard ZecheVersion.commit != nil, let file = FileHandle(forReadingAtPath: "/proc/self/exe") else { return nil }
        defer { try? file.close() }
        var hash = SHA256()
        do {
            // Foundation returns nil or empty data at the end, depending on the platform.
            while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
                chunk.withUnsafeBytes { hash.update($0.bindMemory(to: UInt8.self)) }
            }
        } catch {
            return nil
        }
        return hash.finalizeHex()
        #else
        return nil
        #endif
    }
}
