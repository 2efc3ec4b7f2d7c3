import Foundation
import Media
import TextCore

extension BuildPipeline {
    /// Writes the ZIP archive of each album whose files changed since the last good run (all
    /// on a first run), through the sink like any page: built in memory by `ZIPWriter`, its
    /// bytes the same from build to build (every entry stored and dated with the album's date,
    /// or 1980-01-01 without one). Returns each archive's signature for the next run.
    func writeArchives(_ archives: [PlannedArchive], into sink: some OutputSink)
        -> (diagnostics: [Diagnostic], signatures: [String: Int], count: Int) {
        let root = self.root
        let previous = cache.previous?.archives ?? [:]
        let output = SourceLocation(path: sink.displayPath)
        let results = Parallel.map(archives.count) { index -> (Int, [Diagnostic], Bool) in
            let archive = archives[index]
            let signature = Self.signature(of: archive, root: root)
            if previous[archive.address.outputPath] == signature,
               archive.entries.allSatisfy({ access(root.path + "/" + $0.sourcePath, R_OK) == 0 }),
               Self.keep(archive.address.outputPath, into: sink) {
                return (signature, [], false)
            }
            let time = archive.date.flatMap { DOSDateTime(year: $0.year, month: $0.month, day: $0.day, hour: $0.hour,
                                                          minute: $0.minute, second: $0.second) } ?? .earliest
            let writer = ZIPWriter(modificationTime: time)
            do throws(ZIPError) {
                for entry in archive.entries {
                    try writer.addFile(named: entry.name, contentsOf: root.appendingPathComponent(entry.sourcePath))
                }
                try writer.finish()
            } catch {
                return (signature, [.error("the ZIP archive of the album '\(archive.albumID)' cannot be written: \(error.message)",
                                           at: SourceLocation(path: "Content/media/\(archive.albumID)/"), fix: error.fix)], false)
            }
            let failure = writer.bytes.withUnsafeBytes { bytes -> OutputError? in
                do throws(OutputError) {
                    try sink.write(bytes, to: archive.address.outputPath)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { return (signature, [Self.diagnostic(failure, at: output, output: output)], false) }
            return (signature, [], true)
        }
        var signatures: [String: Int] = [:]
        for (archive, result) in zip(archives, results) { signatures[archive.address.outputPath] = result.0 }
        return (Self.deduplicated(results.flatMap(\.1)), signatures, results.filter(\.2).count)
    }

    /// What an archive is made of: its entries' names, their files' signatures, its date.
    private static func signature(of archive: PlannedArchive, root: URL) -> Int {
        var hasher = StableHasher()
        hasher.combine(archive)
        for entry in archive.entries { hasher.combine(FileSignature(path: root.path + "/" + entry.sourcePath)) }
        return hasher.finalizeInt()
    }
}
