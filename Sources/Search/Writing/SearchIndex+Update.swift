import Synchronization

extension SearchIndex {
    /// Brings `state` to `documents` as `update(_:documents:language:options:)` does, and
    /// hands each file whose bytes changed to `write` as soon as it is made, from whichever
    /// thread made it: when every file is made again (documents added or removed), none is
    /// kept in memory. Returns every path of the index, the number of documents analysed,
    /// whether the state's store was found damaged (the index was then made anew), and how the
    /// replaced documents' earlier postings were found.
    ///
    /// `earlierDocuments`: changed documents as they were when the state was made, by id, where
    /// the caller still knows them (a build's content cache keeps the last run's drafts and
    /// bodies). A document replaced in place then has its earlier postings made by analysing
    /// it again as it was, instead of by a pass over every list of the state; only where that
    /// earlier document is the one the state holds (the same mark).
    package static func update(
        _ state: inout SearchIndexState, documents: [SearchDocument], language: String, options: SearchIndexOptions = .standard,
        earlierDocuments: [String: SearchDocument] = [:], handing write: @Sendable (SearchIndexFile) -> Void
    ) -> (paths: [String], analysed: Int, isStoreDamaged: Bool, foundEarlierPostings: EarlierPostings?) {
        let siteLanguage = SearchLanguage(language)
        let (ordered, languages, years) = order(documents, siteLanguage: siteLanguage)
        // The state lets go of its model while it is changed, so that the lists change in place.
        var previous = (model: state.model, layout: state.layout)
        (state.model, state.layout) = (nil, nil)
        var stored = state.stored.take()
        let isComparable = state.language == language && state.options.cutsFiles(as: options)
        // A state kept on disk knows its documents by their marks; a preview's has them.
        let oldMarks = state.marks.take()
        let newMarks = oldMarks.map { _ in DocumentMark.marks(of: ordered, languages: languages, hash: state.fileHash) }
        let (oldDocuments, oldLanguages) = (previous.model?.documents ?? [], previous.model?.languages ?? [])
        let differs: (Int, Int) -> Bool = if let oldMarks, let newMarks {
            { old, new in newMarks[new] != oldMarks[old] }
        } else {
            // Texts with identities (a build's) compare without being read.
            { old, new in ordered[new] != oldDocuments[old] || languages[new] != oldLanguages[old] }
        }
        let changed = previous.model.flatMap { model in
            isComparable && model.documentCount == ordered.count ? ordered.indices.filter { differs($0, $0) } : nil
        }
        let marks = newMarks.flatMap { marks in marks.allSatisfy { $0 != nil } ? marks.compactMap { $0 } : nil }
        // A kept model takes the documents given, equal where unchanged, so that every text
        // the writer reads can be read.
        if changed?.isEmpty == true, var model = previous.model.take() {
            model.adopt(ordered, languages: languages, years: years)
            (state.model, state.layout, state.stored, state.marks) = (model, previous.layout, stored, marks)
            return (state.paths, 0, false, nil)
        }
        // Many changes at once (a renamed author, another language): analysing everything on
        // all cores is as quick.
        let limit = max(16, ordered.count / 8)
        var moved: IndexAlignment?
        if changed.map({ $0.count > limit }) ?? true, isComparable, previous.model != nil {
            if let oldMarks, let marks {
                moved = IndexAlignment(oldKeys: oldMarks.map(\.key), newKeys: marks.map(\.key), limit: limit, differs: differs)
            } else if oldMarks == nil {
                moved = IndexAlignment(oldKeys: oldDocuments.map(IndexAlignment.Key.init), newKeys: ordered.map(IndexAlignment.Key.init),
                                       limit: limit, differs: differs)
            }
        }
        var writer: SearchIndexWriter?
        var made: [SearchIndexFile]?
        var analysed = ordered.count
        var isStoreDamaged = false
        var dirty: Set<Int32>?
        var foundEarlierPostings: EarlierPostings?
        if let changed, changed.count <= limit, var model = previous.model.take(), let layout = previous.layout.take() {
            model.adopt(ordered, languages: languages, years: years)
            let replacements = changed.map { ($0, ordered[$0], languages[$0], years[$0]) }
            // Made before the model is handed on: the earlier documents' marks are checked against the state's.
            let earlier = oldMarks.flatMap { marks in
                model.earlierPostings(of: replacements, earlier: earlierDocuments, marks: marks, hash: state.fileHash)
            }
            if !model.keepsDocumentTerms {
                foundEarlierPostings = earlier != nil ? .byAnalysis : stored != nil ? .byPassOverStore : .byPassOverLists
            }
            if let done = inPlace(model, layout, stored: &stored, replacing: replacements, earlier: earlier,
                                  siteLanguage: siteLanguage, options: options) {
                (writer, made, analysed) = (done.writer, done.files, changed.count)
                dirty = state.dirty.map { $0.union(done.affected) }
            } else {
                isStoreDamaged = true
            }
        } else if let moved, var model = previous.model.take(), var layout = previous.layout.take() {
            if stored?.loadAll(model: &model, layout: &layout) ?? true {
                stored = nil
                model.renumber(moved.newPositions, documents: ordered, languages: languages, years: years)
                _ = model.replace(moved.changed.map { ($0, ordered[$0], languages[$0], years[$0]) })
                let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
                writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
                analysed = moved.changed.count
            } else {
                isStoreDamaged = true
            }
        }
        previous = (nil, nil)
        if writer == nil {
            stored = nil
            let model = IndexModel(documents: ordered, languages: languages, years: years, workers: options.workers, isEditable: state.keepsLists)
            let layout = IndexLayout(model: model, splitBytes: options.shardSplitBytes)
            writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
        }
        guard let writer else { return (state.paths, analysed, isStoreDamaged, foundEarlierPostings) }
        let paths = writer.paths
        let (old, fileHash) = (state.hashes, state.fileHash)
        let hashes = Mutex(Dictionary(uniqueKeysWithValues: paths.compactMap { path in old[path].map { (path, $0) } }))
        let handOver = { @Sendable (file: SearchIndexFile) in
            let hash = file.bytes.withUnsafeBytes { fileHash($0) }
            hashes.withLock { $0[file.path] = hash }
            if old[file.path] != hash { write(file) }
        }
        if let made {
            made.forEach(handOver)
        } else {
            writer.forEachFile(handOver)
        }
        (state.model, state.layout, state.stored, state.marks, state.dirty) = (writer.model, writer.layout, stored, marks, dirty)
        state.language = language
        state.options = options
        state.hashes = hashes.withLock { $0 }
        state.paths = paths
        return (paths, analysed, isStoreDamaged, foundEarlierPostings)
    }

    /// Replaces the documents of `replacements` in `model`, taking in from `stored` the lists
    /// the update reads (the changed terms', the compounds filed under them, and those of
    /// every shard to write again); returns the writer, the files of the shards and chunks the
    /// change touched, and the terms whose lists may have changed; `nil` when the store is damaged.
    private static func inPlace(
        _ model: consuming IndexModel, _ layout: consuming IndexLayout, stored: inout StoredLists?,
        replacing replacements: [(position: Int, document: SearchDocument, language: SearchLanguage, year: String?)],
        earlier: IndexModel.OldPostings?, siteLanguage: SearchLanguage, options: SearchIndexOptions
    ) -> (writer: SearchIndexWriter, files: [SearchIndexFile], affected: Set<Int32>)? {
        var old = earlier
        if old == nil, let store = stored {
            // The replaced documents' postings, from the lists in memory and a pass over the store.
            let wanted = IndexModel.wanted(replacements.map(\.position))
            var found: IndexModel.OldPostings = [:]
            for term in model.base.lists.indices where !store.isStored(Int32(term)) {
                model.base.lists[term].bytes.withUnsafeBufferPointer { IndexModel.collect(Int32(term), $0, wanted: wanted, into: &found) }
            }
            guard let read = store.postings(wanted: wanted) else { return nil }
            // A term is in memory or in the store, never both.
            for (document, postings) in read { found[document, default: [:]].merge(postings) { kept, _ in kept } }
            old = found
        }
        let plan = model.replacing(replacements, old: old)
        guard stored?.load(plan.changed, model: &model, layout: &layout) ?? true else { return nil }
        let affected = model.replace(plan)
        guard stored?.load(affected.flatMap(model.sourceTerms), model: &model, layout: &layout) ?? true else { return nil }
        let stale = layout.update(model: model, affected: affected, splitBytes: options.shardSplitBytes)
        guard stored?.load(layout.terms(ofShards: stale).flatMap(model.sourceTerms), model: &model, layout: &layout) ?? true else { return nil }
        let writer = SearchIndexWriter(model: model, layout: layout, siteLanguage: siteLanguage, options: options)
        return (writer, writer.files(shards: stale, documents: replacements.map(\.position)), affected)
    }
}

/// How an update found the postings its replaced documents had, which it takes out of the lists.
public enum EarlierPostings: Sendable, Equatable {
    /// The documents analysed again as they were (`earlierDocuments`).
    case byAnalysis
    /// A pass over every list of the state's store (and of those in memory).
    case byPassOverStore
    /// A pass over every list in memory (a state without a store).
    case byPassOverLists
}
