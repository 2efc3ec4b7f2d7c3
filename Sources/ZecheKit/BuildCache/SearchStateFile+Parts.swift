import Foundation
import Search

extension SearchStateFile {
    /// Writes the parts of `snapshot` whose lists changed since it was read from its parts
    /// (every part of a snapshot made anew), letting go of each list as it is written; returns
    /// every part of the state, the ones kept as they were and the new ones.
    func writeParts(of snapshot: inout SearchIndexState.Snapshot) -> Result<[SearchStateParts.Part], Problem> {
        let store = snapshot.store as? SearchStateParts
        let old = store.flatMap { $0.folder.standardizedFileURL.path == folder.standardizedFileURL.path && $0.stateName == fileName ? $0 : nil }
        var ranges: [(terms: Range<Int>, kept: SearchStateParts.Part?)] = []
        var next = 0
        if let old, let changed = snapshot.changed {
            for part in old.parts where part.terms.upperBound <= snapshot.terms.count {
                ranges.append((part.terms, part.terms.contains { changed.contains(Int32($0)) } ? nil : part))
                next = part.terms.upperBound
            }
        }
        // The terms no part holds yet are cut into parts by their sizes, read first where the
        // snapshot does not hold them.
        guard take(next..<snapshot.terms.count, of: &snapshot) else { return .failure(Problem(note: "\(displayPath) is damaged")) }
        var size = 0
        var start = next
        for term in next..<snapshot.terms.count {
            size += snapshot.lists[term].count + snapshot.encoded[term].count + 16
            if size >= partBytes || term == snapshot.terms.count - 1 {
                ranges.append((start..<(term + 1), nil))
                (start, size) = (term + 1, 0)
            }
        }
        var parts: [SearchStateParts.Part] = []
        for (terms, kept) in ranges {
            if let kept {
                parts.append(kept)
                continue
            }
            guard take(terms, of: &snapshot) else { return .failure(Problem(note: "\(displayPath) is damaged")) }
            var writer = CacheWriter()
            for term in terms {
                writer.write(bytes: snapshot.lists[term])
                writer.write(bytes: snapshot.encoded[term])
                (snapshot.lists[term], snapshot.encoded[term]) = ([], [])
            }
            let bytes = writer.takeSealed()
            let checksum = CacheWriter.checksum(ofSealed: bytes) ?? 0
            if let reason = CacheFile.write(bytes, named: SearchStateParts.fileName(ofPart: checksum, state: fileName), in: folder) {
                return .failure(Problem(note: reason))
            }
            parts.append(SearchStateParts.Part(terms: terms, checksum: checksum))
        }
        return .success(parts)
    }

    /// Reads the lists of `terms` that the snapshot left in its store into it; `false` when
    /// they cannot be read.
    private func take(_ terms: Range<Int>, of snapshot: inout SearchIndexState.Snapshot) -> Bool {
        let missing = terms.filter { snapshot.isInStore[$0] }.map { Int32($0) }
        guard !missing.isEmpty else { return true }
        guard let store = snapshot.store, let read = store.read(missing) else { return false }
        for (term, bytes) in zip(missing, read) {
            (snapshot.lists[Int(term)], snapshot.encoded[Int(term)]) = bytes
            snapshot.isInStore[Int(term)] = false
        }
        return true
    }

    /// Removes the parts of this state's file that `parts` does not name (left by the last
    /// build, or by one that failed before it named them).
    func removeParts(except parts: [SearchStateParts.Part]) {
        let kept = Set(parts.map { SearchStateParts.fileName(ofPart: $0.checksum, state: fileName) })
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(fileName + ".") && !kept.contains(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }
}
