extension BuildPipeline {
    /// What the content stage was seeded with from `.zeche-cache/content`.
    struct ContentSeed {
        let key: UInt64
        /// How many articles and bodies the file held: a load that reread or rendered none of
        /// them and would keep as many need not write it again.
        let counts: (articles: Int, bodies: Int)?
        /// The parts the file was read from: only those whose articles changed are written.
        let layout: ContentStore.Layout?
        let note: String?
    }

    /// The reading of `.zeche-cache/content` on another thread: what it was seeded with, and
    /// the content cache (`nil` when the file could not be used).
    typealias ContentSeeding = BackgroundResult<(ContentSeed, ContentCache?)>

    /// Starts reading `.zeche-cache/content` on another thread (a pipeline with a build cache
    /// and no content of its own yet), so that the content stage reads and renders only the
    /// files that changed: the content stage walks the site's folders meanwhile, and then
    /// takes what was read (`seed(_:from:)`).
    func startSeedingContentCache() -> ContentSeeding? {
        guard let buildCache, cache.content.marks == nil else { return nil }
        let store = ContentStore(buildCache: buildCache, siteRoot: root)
        let (options, isDamaged) = (options, cache.contentCacheIsDamaged)
        return BackgroundResult {
            let key = store.key(options: options)
            if isDamaged {
                return (ContentSeed(key: key, counts: nil, layout: nil,
                                    note: "not using the content cache: a body in \(store.displayPath)-… is not the one it names (the file was changed); every content file is read"),
                        nil)
            }
            switch store.load(key: key) {
            case .reused(let seeded, let layout):
                return (ContentSeed(key: key, counts: (seeded.articles.count, seeded.markdown.count), layout: layout, note: nil), seeded)
            case .cold(let note):
                return (ContentSeed(key: key, counts: nil, layout: nil,
                                    note: note.map { "not using the content cache: \($0); every content file is read" }), nil)
            }
        }
    }

    /// Puts the content cache `seeding` read in place of `content` (which is empty); returns
    /// what it was seeded with.
    static func seed(_ content: inout ContentCache, from seeding: ContentSeeding?) -> ContentSeed? {
        guard let (seed, seeded) = seeding?.wait() else { return nil }
        if var seeded {
            seeded.nextGeneration = content.nextGeneration
            content = seeded
        }
        return seed
    }

    /// The content cache as the content stage left it: read (or why not), and being written.
    struct ContentCacheSave {
        /// Why the content cache was not used, if it was not.
        let seedNote: String?
        /// The writing on another thread, or `nil` when it is done and said `written`.
        let saving: BackgroundResult<String?>?
        let written: String?

        /// Why the content cache was not used and why it could not be written, once it is.
        func notes() -> [String] {
            [seedNote, saving.map { $0.wait() ?? nil } ?? written].compactMap { $0 }
        }
    }

    /// Starts writing the content stage's results (`saveContentCache`). A build that reused the
    /// cache writes only the parts an edit changed, on another thread while the pages are
    /// planned and rendered; a cold build writes every part at once, before its pages, so that
    /// the drafts and bodies are let go before the pages of a large archive take their memory.
    /// Its bodies are in the parts already (`BodyStores.makeParts`): each part is sealed where
    /// it is.
    func startSavingContentCache(_ seed: ContentSeed?, changedPaths: [String], bodyStores: BodyStores?) -> ContentCacheSave {
        guard seed?.counts != nil else {
            let written = saveContentCache(seed, changedPaths: changedPaths, partStores: bodyStores?.partStores ?? [])
            bodyStores?.forgetUnsealedParts()
            return ContentCacheSave(seedNote: seed?.note, saving: nil, written: written)
        }
        let pipeline = self
        return ContentCacheSave(seedNote: seed?.note, saving: .yielding { pipeline.saveContentCache(seed, changedPaths: changedPaths) },
                                written: nil)
    }

    /// Writes the content stage's results to `.zeche-cache/content` when they differ from
    /// what the file held, sealing the parts whose bodies `partStores` hold; returns a note
    /// when it could not be written.
    func saveContentCache(_ seed: ContentSeed?, changedPaths: [String], partStores: [BodyStore] = []) -> String? {
        guard let seed, let buildCache else { return nil }
        // Made once: it filters every article and body of the site.
        let kept = ContentStore.storable(cache.content)
        if let counts = seed.counts {
            // Authors, pages and the bodies the file does not keep are read each time.
            let unchanged = changedPaths.allSatisfy { kept.articles[$0] == nil && kept.bodies[$0] == nil }
            if unchanged, counts.articles == kept.articles.count, counts.bodies == kept.bodies.count {
                ContentStore(buildCache: buildCache, siteRoot: root).removeLeftovers(keeping: Set(seed.layout?.parts.map(\.name) ?? []))
                return nil
            }
        }
        let store = ContentStore(buildCache: buildCache, siteRoot: root)
        return store.save(cache.content, storable: kept, key: seed.key, previous: seed.layout, changedPaths: Set(changedPaths),
                          partStores: partStores).map {
            "the content cache could not be written (\($0)); the next build reads every content file"
        }
    }
}
