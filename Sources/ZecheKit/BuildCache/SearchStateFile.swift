import Foundation
import Search

/// One language's search index as the last build analysed it, `.zeche-cache/search-<tag>`
/// (docs/build-cache.md): the next build reads it and brings it to the site's articles
/// (`SearchIndex.update`), so that only the articles that changed are analysed again and
/// only the index files that changed are written.
///
/// The file has the header of every cache file (format, program, site) and ends with its
/// length and checksum; the build cache names the checksum of the state that goes with the
/// index it describes (`SearchIndexRun.stateChecksum`), so that a state left by a build that
/// failed later, or by another output folder, is never taken for the index in the output. It
/// holds a mark of each document, the terms and each file's hash; the posting lists are in
/// parts beside it (`SearchStateParts`), which it names by their checksums, read and checked
/// only when an update needs them, and written only when their lists changed.
struct SearchStateFile {
    static let magic = "zeche search state\n"
    /// Raised whenever the file's layout changes.
    static let formatVersion = 2

    let folder: URL
    let siteRoot: String
    let toolIdentity: String
    /// The index's language tag, which names the file.
    let language: String
    /// About how many bytes of lists a part holds: an edit rewrites the few parts of the terms
    /// it changed, and a part is read whole when one of its lists is needed.
    var partBytes = 128 << 10

    init(buildCache: BuildCache, siteRoot: URL, language: String) {
        folder = buildCache.folder
        self.siteRoot = siteRoot.standardizedFileURL.path
        toolIdentity = buildCache.toolIdentity
        self.language = language
    }

    var fileName: String {
        "search-" + String(language.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
            ? Character($0) : "_" })
    }

    /// How notes name the file: `.zeche-cache/search-de`.
    var displayPath: String { BuildCache.folderName + "/" + fileName }

    /// The hash the state keeps of each index file's bytes (XXH64, as the output's manifest):
    /// a state read back must tell changed files with the function it was written with.
    static let fileHash: SearchIndexState.FileHash = { FileDigest.xxh64($0) }

    /// The state whose file has the checksum `checksum`, or why it cannot be used.
    func load(checksum: UInt64?) -> Result<SearchIndexState, Problem> {
        let path = folder.appendingPathComponent(fileName).path
        guard let checksum, let bytes = CacheFile.read(path) else {
            return .failure(Problem(note: "there is no search index state (\(displayPath)) of the last build"))
        }
        let damaged = Problem(note: "\(displayPath) is damaged (cut short or changed)")
        guard var reader = CacheReader.verified(bytes) else { return .failure(damaged) }
        do throws(CacheReader.Damaged) {
            if let problem = try reader.headerProblem(magic: Self.magic, kind: "search index state", formatVersion: Self.formatVersion,
                                                      toolIdentity: toolIdentity, siteRoot: siteRoot, displayPath: displayPath) {
                return .failure(Problem(note: problem))
            }
            guard CacheWriter.checksum(ofSealed: bytes) == checksum else {
                return .failure(Problem(note: "\(displayPath) does not belong to the last build's search index"))
            }
            let snapshot = try reader.readSnapshot(folder: folder, stateName: fileName)
            guard reader.isAtEnd, let state = SearchIndexState(restoring: snapshot, fileHash: Self.fileHash) else { return .failure(damaged) }
            return .success(state)
        } catch {
            return .failure(damaged)
        }
    }

    /// The note for a state whose parts were found damaged while it was read.
    var damagedParts: String { "\(displayPath) is damaged (cut short, changed, or a part of it is missing)" }

    /// Writes `state`: the parts whose lists changed, then the file that names them into a
    /// temporary file renamed over the old one, then removes the parts it no longer names; a
    /// kill at any moment leaves the old state or the new one. Takes the state, whose lists go
    /// as they are written. Returns the file's checksum, or why it could not be written.
    func save(_ state: inout SearchIndexState?) -> Result<UInt64, Problem> {
        prepare(&state).flatMap(commit)
    }

    /// A state ready to be named (`commit`): its parts are written, the file that names them
    /// is not. The old state stays whole until then: new parts are files of their own names.
    struct Prepared: Sendable {
        fileprivate let bytes: [UInt8]
        fileprivate let parts: [SearchStateParts.Part]
    }

    /// The first half of `save`: writes the parts whose lists changed and makes the bytes of
    /// the file that names them. Takes the state.
    func prepare(_ state: inout SearchIndexState?) -> Result<Prepared, Problem> {
        guard var snapshot = state.take()?.snapshot() else {
            return .failure(Problem(note: "an article's text has no identity"))
        }
        let parts: [SearchStateParts.Part]
        switch writeParts(of: &snapshot) {
        case .success(let written): parts = written
        case .failure(let problem): return .failure(problem)
        }
        var writer = CacheWriter()
        writer.write(Self.magic)
        writer.write(Self.formatVersion)
        writer.write(toolIdentity)
        writer.write(siteRoot)
        writer.write(snapshot, parts: parts)
        return .success(Prepared(bytes: writer.takeSealed(), parts: parts))
    }

    /// The second half of `save`: the prepared state replaces the old one, whose parts it no
    /// longer names are removed. Returns the file's checksum.
    func commit(_ prepared: Prepared) -> Result<UInt64, Problem> {
        if let reason = CacheFile.write(prepared.bytes, named: fileName, in: folder) { return .failure(Problem(note: reason)) }
        removeParts(except: prepared.parts)
        return .success(CacheWriter.checksum(ofSealed: prepared.bytes) ?? 0)
    }

    /// Removes the file: the index it describes is gone.
    func remove() {
        unlink(folder.appendingPathComponent(fileName).path)
        removeParts(except: [])
    }

    /// Removes the state files in `buildCache`'s folder of every language but `languages`:
    /// those whose search was turned off or that the site no longer has (at 100,000 articles
    /// a state is 270 MB).
    static func removeAll(in buildCache: BuildCache, siteRoot: URL, except languages: [String]) {
        let kept = Set(languages.map { SearchStateFile(buildCache: buildCache, siteRoot: siteRoot, language: $0).fileName })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: buildCache.folder.path)) ?? []
        // A state's parts are named after it: `search-de.<checksum>`.
        for name in names where name.hasPrefix("search-") && !kept.contains(String(name.prefix { $0 != "." })) {
            unlink(buildCache.folder.appendingPathComponent(name).path)
        }
    }

    /// Why a state could not be read or written, as a note says it.
    struct Problem: Error {
        let note: String
    }
}
