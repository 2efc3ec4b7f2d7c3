import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StagingFolder {
    /// Keeps the published file at `relativePath`, which the build did not render again. In a
    /// folder updated in place that file is already there (the two trees share it), so this
    /// only records it; otherwise it is linked in from the published output.
    public func keep(_ relativePath: String) throws(OutputError) {
        if let shared = sharedEntry(relativePath) {
            ledger.recordUnchanged(relativePath, shared)
            return
        }
        let known = previous.files[relativePath]
        guard let live = previous.live else {
            throw OutputError.cannotWrite(path: relativePath, reason: "there is no previous output to keep it from")
        }
        let published = live + "/" + relativePath
        if try reusePublished(relativePath) {
            let entry = if let known { known } else { try Self.entry(of: published, shownAs: relativePath) }
            ledger.recordUnchanged(relativePath, entry)
            return
        }
        // Not linkable (another file system): the published bytes are copied.
        guard let data = FileManager.default.contents(atPath: published) else {
            throw OutputError.cannotWrite(path: relativePath, reason: "the previous output has no such file to keep")
        }
        let entry = data.withUnsafeBytes { OutputManifest.Entry($0) }
        let failure = data.withUnsafeBytes { bytes -> OutputError? in
            do throws(OutputError) {
                try writeNew(bytes, to: relativePath)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        ledger.recordWritten(relativePath, entry)
    }

    /// Keeps every file of `relativePaths` (`keep(_:)`): in a folder updated in place, the
    /// files it already shares are recorded at once; the others are linked in on all cores.
    public func keep(all relativePaths: [String]) -> [Int] {
        guard previous.updatesInPlace else { return keepEach(relativePaths) }
        var shared: [(path: String, entry: OutputManifest.Entry)] = []
        var others: [Int] = []
        shared.reserveCapacity(relativePaths.count)
        for (index, path) in relativePaths.enumerated() {
            if let entry = sharedEntry(path) {
                shared.append((path, entry))
            } else {
                others.append(index)
            }
        }
        ledger.recordUnchanged(shared)
        return keepEach(others.map { relativePaths[$0] }).map { others[$0] }
    }

    /// The manifest entry of the published file at `relativePath` when this folder already
    /// shares it: a folder updated in place, where the last build did not change that file.
    private func sharedEntry(_ relativePath: String) -> OutputManifest.Entry? {
        guard previous.updatesInPlace, !previous.differing.contains(relativePath) else { return nil }
        return previous.files[relativePath]
    }

    /// Makes the file at `relativePath` the published one: nothing to do where this folder
    /// already shares it, else a hard link. False when it cannot be linked (the published
    /// file is missing, or on another file system): the caller writes the bytes instead.
    func reusePublished(_ relativePath: String) throws(OutputError) -> Bool {
        if previous.updatesInPlace, !previous.differing.contains(relativePath) { return true }
        guard let live = previous.live else { return false }
        if previous.updatesInPlace {
            try willChange()
            clear(relativePath)
        }
        try createParent(of: relativePath)
        return link(live + "/" + relativePath, url.path + "/" + relativePath) == 0
    }

    /// The manifest entry of a published file the manifest does not know.
    private static func entry(of path: String, shownAs relativePath: String) throws(OutputError) -> OutputManifest.Entry {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OutputError.cannotRead(path: relativePath, reason: "it could not be read")
        }
        return data.withUnsafeBytes { OutputManifest.Entry($0) }
    }
}
