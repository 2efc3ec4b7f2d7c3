import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StagingFolder {
    /// Keeps the published output's file at `relativePath` in the new site: a hard link of it
    /// into the staging folder (the same bytes, modification time and inode), or a copy where
    /// the two are on different file systems (a mount point's staging folder is inside it, so
    /// that is rare).
    public func keep(_ relativePath: String) throws(OutputError) {
        guard let published = publishedURL else {
            throw OutputError.cannotRead(path: relativePath, reason: "the previous output is gone")
        }
        let source = published.path + "/" + relativePath
        let destination = url.path + "/" + relativePath
        if link(source, destination) == 0 { return }
        var failure = errno
        if failure == ENOENT, let slash = relativePath.lastIndex(of: "/") {
            // The page's folder is not made yet.
            try createFolders([String(relativePath[..<slash])])
            if link(source, destination) == 0 { return }
            failure = errno
        }
        guard failure == EXDEV || failure == EPERM || failure == EMLINK else {
            throw OutputError.cannotRead(path: relativePath, reason: String(cString: strerror(failure)))
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            throw OutputError.cannotRead(path: relativePath, reason: "it could not be read")
        }
        let failed = data.withUnsafeBytes { bytes -> OutputError? in
            do throws(OutputError) {
                try write(bytes, to: relativePath)
                return nil
            } catch {
                return error
            }
        }
        if let failed { throw failed }
    }

    /// The output folder this staging folder replaces: `.NAME.zeche-staging-PID` beside it,
    /// or inside it when the output is a mount point. `nil` when there is no published output.
    var publishedURL: URL? {
        let name = url.lastPathComponent
        let suffix = ".zeche-staging-"
        guard name.hasPrefix("."), let range = name.range(of: suffix, options: .backwards) else { return nil }
        let outputName = String(name[name.index(after: name.startIndex)..<range.lowerBound])
        let parent = url.deletingLastPathComponent()
        for candidate in [parent.appendingPathComponent(outputName), parent] where candidate.lastPathComponent == outputName {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(OutputFolder.markerName).path) { return candidate }
        }
        return nil
    }
}
