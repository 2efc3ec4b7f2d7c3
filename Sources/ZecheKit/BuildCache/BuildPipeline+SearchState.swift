import Search
import Synchronization

extension BuildPipeline {
    /// Writes a language's search index for a build with a build cache: brings the state the
    /// last build kept (`SearchStateFile`) to `documents`, so that only the articles that
    /// changed are analysed and only the files whose bytes changed are handed to the sink,
    /// the others kept as the last build wrote them; without a usable state, makes the index
    /// anew, file by file as `SearchIndex.write` hands them over. Either way the state is
    /// prepared for the next build (`unsaved`: its parts written, the file that names them not,
    /// or why it could not be), and named by `saveSearchStates`.
    /// `earlierDocuments`: changed articles as the last run had them (`SearchInput.earlierDocuments`).
    func writeSearchIndex(documents: [SearchDocument], earlierDocuments: [String: SearchDocument] = [:], urls: SiteURLs, language: String,
                          last: SearchIndexRun?, signature: Int, state file: SearchStateFile,
                          write: @escaping @Sendable (SearchIndexFile) -> Diagnostic?, into sink: some OutputSink)
        -> (run: SearchIndexRun?, diagnostics: [Diagnostic], count: Int, analysed: Int, notes: [String], unsaved: PreparedSearchState?,
            byEarlierDocuments: Bool) {
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
        var byEarlierDocuments = false
        if var updated = kept.take() {
            // Files whose bytes changed go to the sink as they are made; the others are kept.
            let written = Mutex<(paths: Set<String>, failures: [Diagnostic])>(([], []))
            let update = SearchIndex.update(&updated, documents: documents, language: language, earlierDocuments: earlierDocuments) { file in
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
                byEarlierDocuments = update.foundEarlierPostings == .byAnalysis
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
        guard let outcome else { return (nil, [], 0, 0, notes, nil, false) }
        let run = SearchIndexRun(signature: signature, paths: outcome.paths.map { urls.searchIndexFile($0).outputPath }, state: nil)
        let prepared = state == nil ? nil : file.prepare(&state)
        return (run, Self.deduplicated(outcome.failures), outcome.count, outcome.analysed, notes, prepared, byEarlierDocuments)
    }

    /// A state prepared by `writeSearchIndex`, or why it could not be.
    typealias PreparedSearchState = Result<SearchStateFile.Prepared, SearchStateFile.Problem>

    /// Names the states `writeSearchIndexes` prepared and notes their checksums in the runs; a
    /// state that could not be written is removed, with a note. A build that names them only
    /// once it is known to succeed (`savesStates: false`) leaves the last good build's state,
    /// which the last good build cache names, when it fails.
    func saveSearchStates(_ written: inout SearchIndexesWritten) {
        guard let buildCache else { return }
        for (language, unsaved) in written.unsaved.sorted(by: { $0.key < $1.key }) {
            let file = SearchStateFile(buildCache: buildCache, siteRoot: root, language: unsaved.languageTag)
            switch unsaved.prepared.flatMap(file.commit) {
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
