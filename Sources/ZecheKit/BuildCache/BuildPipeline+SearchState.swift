import Search
import Synchronization

extension BuildPipeline {
    /// Writes a language's search index for a build with a build cache: brings the state the
    /// last build kept (`SearchStateFile`) to `documents`, so that only the articles that
    /// changed are analysed and only the files whose bytes changed are handed to the sink,
    /// the others kept as the last build wrote them; without a usable state, makes the index
    /// anew, file by file as `SearchIndex.write` hands them over. Either way the state is
    /// written for the next build; unless `savesState` is false, when it is only prepared
    /// (`unsaved`: its parts written, the file that names them not), for `saveSearchStates`
    /// once the build is known to succeed.
    func writeSearchIndex(documents: [SearchDocument], urls: SiteURLs, language: String, last: SearchIndexRun?, signature: Int,
                          state file: SearchStateFile, write: @escaping @Sendable (SearchIndexFile) -> Diagnostic?, into sink: some OutputSink,
                          savesState: Bool = true)
        -> (run: SearchIndexRun?, diagnostics: [Diagnostic], count: Int, analysed: Int, notes: [String], unsaved: SearchStateFile.Prepared?) {
        var notes: [String] = []
        var kept: SearchIndexState?
        if let last {
            switch file.load(checksum: last.stateChecksum) {
            case .success(let state): kept = state
            case .failure(let problem): notes.append("not using the search index state: \(problem.note); the search index is made anew")
            }
        }
        // The state is held in one place only, so that writing it lets go of its postings.
        var state: SearchIndexState?
        var outcome: (paths: [String], failures: [Diagnostic], count: Int, analysed: Int)?
        if var updated = kept.take() {
            // Files whose bytes changed go to the sink as they are made; the others are kept.
            let written = Mutex<(paths: Set<String>, failures: [Diagnostic])>(([], []))
            let update = SearchIndex.update(&updated, documents: documents, language: language) { file in
                let failure = write(file)
                written.withLock { written in
                    written.paths.insert(file.path)
                    if let failure { written.failures.append(failure) }
                }
            }
            if update.isStoreDamaged {
                notes.append("not using the search index state: \(file.damagedParts); the search index is made anew")
            }
            let (paths, failures) = written.withLock { $0 }
            let unchanged = update.paths.filter { !paths.contains($0) }.map { urls.searchIndexFile($0).outputPath }
            // A file of the index removed from the output by hand: the whole index is written.
            if sink.keep(all: unchanged).isEmpty {
                outcome = (update.paths, failures.sorted(), paths.count, update.analysed)
                state = consume updated
            }
        }
        if outcome == nil {
            let failures = Mutex<[Diagnostic]>([])
            let made = SearchIndex.write(documents: documents, language: language, keeping: SearchStateFile.fileHash) { file in
                if let failure = write(file) { failures.withLock { $0.append(failure) } }
            }
            outcome = (made.paths, failures.withLock { $0 }.sorted(), made.paths.count, documents.count)
            state = made.state
        }
        guard let outcome else { return (nil, [], 0, 0, notes, nil) }
        var run = SearchIndexRun(signature: signature, paths: outcome.paths.map { urls.searchIndexFile($0).outputPath }, state: nil)
        var prepared: SearchStateFile.Prepared?
        if state != nil {
            let written = file.prepare(&state).flatMap { ready -> Result<UInt64?, SearchStateFile.Problem> in
                guard savesState else {
                    prepared = ready
                    return .success(nil)
                }
                return file.commit(ready).map { $0 }
            }
            switch written {
            case .success(let checksum):
                run.stateChecksum = checksum
            case .failure(let problem):
                // A build that may still fail leaves the last good state as it is.
                if savesState { file.remove() }
                notes.append("the search index state could not be written (\(problem.note)); the next build makes the search index anew")
            }
        }
        return (run, Self.deduplicated(outcome.failures), outcome.count, outcome.analysed, notes, prepared)
    }

    /// Writes the states `writeSearchIndexes` left unwritten (`savesStates: false`) and notes
    /// their checksums in the runs: a build that fails keeps the last good build's state, which
    /// the last good build cache names.
    func saveSearchStates(_ written: inout SearchIndexesWritten) {
        guard let buildCache else { return }
        for (language, unsaved) in written.unsaved {
            let file = SearchStateFile(buildCache: buildCache, siteRoot: root, language: unsaved.languageTag)
            switch file.commit(unsaved.prepared) {
            case .success(let checksum):
                written.runs[language]?.stateChecksum = checksum
            case .failure(let problem):
                file.remove()
                written.notes.append("the search index state could not be written (\(problem.note)); the next build makes the search index anew")
            }
        }
        written.unsaved = [:]
    }
}
