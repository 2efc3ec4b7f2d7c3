public import Foundation

/// Writes an import plan into a site folder: nothing is overwritten, and when one of its
/// files exists already, nothing is written at all.
public struct ImportWriter: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The plan's paths that exist already in the folder.
    public func existingPaths(of plan: ImportPlan) -> [String] {
        plan.paths.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// Writes every file of the plan.
    /// - Throws: `ImportError.filesExist` before writing anything when a file is there, or
    ///   `ImportError.cannotWrite` for the first file that cannot be written.
    public func write(_ plan: ImportPlan) throws(ImportError) {
        let existing = existingPaths(of: plan)
        guard existing.isEmpty else { throw .filesExist(existing) }
        for document in plan.documents {
            try write(Data(document.text.utf8), to: document.path)
        }
        for (path, text) in plan.textFiles.sorted(by: { $0.key < $1.key }) {
            try write(Data(text.utf8), to: path)
        }
        for (path, data) in plan.binaryFiles.sorted(by: { $0.key < $1.key }) {
            try write(data, to: path)
        }
        for copy in plan.copies {
            let target = folder.appendingPathComponent(copy.path)
            do {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: copy.source, to: target)
            } catch {
                throw .cannotWrite(path: copy.path, reason: error.localizedDescription)
            }
        }
    }

    private func write(_ data: Data, to path: String) throws(ImportError) {
        let target = folder.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}
