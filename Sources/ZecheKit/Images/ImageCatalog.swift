import Foundation
import Media

/// The header of every image file of the site (by its extension: `.jpg`, `.png`, `.gif`,
/// `.webp`, `.avif`, `.svg`), read once per version of the file: the pipeline's cache keeps
/// the catalog, and a later run reads again only the files whose signature (size, time,
/// inode) changed.
///
/// A file that cannot be read, or is not the image its name says, keeps its error; the
/// content stage reports it at each place that names the file, or at the file itself when
/// nothing names it.
struct ImageCatalog: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        let signature: FileSignature?
        let result: Result<ImageFacts, ImageError>
    }

    private(set) var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// Whether the file's name says it is an image whose header Zeche reads.
    static func isImage(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return ImageFormat(fileExtension: String(path[path.index(after: dot)...])) != nil
    }

    func entry(_ path: String) -> Entry? { entries[path] }

    /// The facts of an image file of the site, when its header could be read.
    func facts(_ path: String) -> ImageFacts? {
        guard case .success(let facts)? = entries[path]?.result else { return nil }
        return facts
    }

    /// Brings the catalog up to date with `paths` (site-relative, every file of the site that
    /// may be an image): all of them, or only those in `changes` when the caller knows what
    /// changed (the other files are then as they were). Files are read in parallel. `scanned`
    /// holds the signatures a scan of the folders just found; other files are asked for theirs.
    mutating func refresh(_ paths: [String], rootPath: String, changes: Set<String>?, scanned: [String: FileSignature]) {
        let images = paths.filter(Self.isImage)
        let candidates = changes.map { changes in images.filter { changes.contains($0) } } ?? images
        let known = entries
        let results = Parallel.map(candidates.count) { index -> Entry? in
            let path = candidates[index]
            let signature = scanned[path] ?? FileSignature(path: rootPath + "/" + path)
            if let signature, let hit = known[path], hit.signature == signature { return nil }
            return Self.read(path, rootPath: rootPath, signature: signature)
        }
        // A file that is gone leaves the catalog also when only the changes are known: its
        // error must not outlive it.
        let current = Set(images)
        entries = entries.filter { current.contains($0.key) }
        for (path, entry) in zip(candidates, results) {
            if let entry { entries[path] = entry }
        }
    }

    private static func read(_ path: String, rootPath: String, signature: FileSignature?) -> Entry {
        guard let signature else {
            return Entry(signature: nil, result: .failure(.unreadable(reason: "it does not exist or cannot be opened")))
        }
        do {
            let info = try ImageInfo.read(contentsOf: URL(fileURLWithPath: rootPath + "/" + path))
            return Entry(signature: signature, result: .success(ImageFacts(
                format: info.format, width: info.width, height: info.height, byteCount: Int(signature.size))))
        } catch {
            return Entry(signature: signature, result: .failure(error))
        }
    }
}

extension ImageCatalog {
    /// The facts of `file`, which a page shows as the `what` written `name` at `location`; an
    /// error there when the file is no image Zeche reads, or not the image its name says.
    func facts(of file: String, named name: String, what: String, at location: SourceLocation?,
               into diagnostics: inout [Diagnostic]) -> ImageFacts? {
        switch entries[file]?.result {
        case .success(let facts):
            return facts
        case .failure(let error):
            diagnostics.append(.error("the \(what) '\(name)' cannot be shown: \(error.message)", at: location,
                                      fix: error.fix + " ('\(file)')"))
            return nil
        case nil:
            let fileName = file.split(separator: "/").last.map(String.init) ?? file
            let error: ImageError = fileName.contains(".")
                ? .unsupportedExtension(String(fileName[fileName.index(after: fileName.lastIndex(of: ".") ?? fileName.startIndex)...]))
                : .notAnImage(named: nil)
            diagnostics.append(.error("the \(what) '\(name)' is not an image: \(error.message)", at: location, fix: error.fix))
            return nil
        }
    }
}
