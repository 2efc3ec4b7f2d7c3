extension BuildPipeline {
    /// The build cache of a build into an output folder, on its way to the run: asked for by
    /// `build(into:)`, read on another thread once the site's folders are walked, taken when
    /// the run compares the pages' signatures with it.
    enum BuildCacheLoad: Sendable {
        /// The identity of the build, `nil` when the output folder is missing.
        case asked(BuildCache.Identity?)
        case reading(BackgroundResult<BuildCache.Loaded>)
    }

    /// Asks for the build cache of a build into `output` (when the pipeline has one and no
    /// run of its own): its signatures let this run keep what did not change.
    mutating func askForBuildCache(for output: OutputFolder) {
        guard buildCache != nil, cache.lastGood == nil else { return }
        cache.buildCacheLoad = .asked(BuildCache.identity(of: self, output: output))
    }

    /// What reads the build cache asked for (`startReadingBuildCache`), for a stage that cannot
    /// reach the pipeline meanwhile: the content stage starts it once the folders are walked,
    /// when the second core has little to do while the site is assembled on the first.
    func buildCacheReader() -> (@Sendable () -> BackgroundResult<BuildCache.Loaded>)? {
        guard let buildCache, case .asked(let identity) = cache.buildCacheLoad else { return nil }
        return { BackgroundResult { buildCache.load(for: identity) } }
    }

    /// Starts reading the build cache asked for, on another thread, unless `started` reads it
    /// already (`buildCacheReader`).
    mutating func startReadingBuildCache(started: BackgroundResult<BuildCache.Loaded>? = nil) {
        guard case .asked = cache.buildCacheLoad, let reading = started ?? buildCacheReader()?() else { return }
        cache.buildCacheLoad = .reading(reading)
    }

    /// Takes the build cache asked for (reading it now if it was not started), and keeps the
    /// note that says why the build is cold, if it is, for `takeBuildCacheNote`.
    mutating func receiveBuildCache() {
        startReadingBuildCache()
        guard case .reading(let reading) = cache.buildCacheLoad else { return }
        cache.buildCacheLoad = nil
        switch reading.wait() {
        case .reused(let signatures):
            cache.persisted = signatures
        case .cold(let note):
            cache.persisted = nil
            cache.buildCacheNote = note.map { "not using the build cache: \($0); every page is made anew" }
        case nil:
            cache.persisted = nil
        }
    }

    /// The note of the build cache received, once.
    mutating func takeBuildCacheNote() -> String? {
        receiveBuildCache()
        defer { cache.buildCacheNote = nil }
        return cache.buildCacheNote
    }

    /// Starts putting the signatures of the run into the build cache's format on another
    /// thread, while the output is published (`saveBuildCache`).
    func startSerializingBuildCache() -> BackgroundResult<[UInt8]>? {
        guard buildCache != nil, let signatures = cache.previous else { return nil }
        return BackgroundResult { BuildCache.serialized(signatures) }
    }

    /// Writes the build cache after a successful build into `output`, with the signatures
    /// `serializing` put in its format; returns a note when it could not be written (the site
    /// is built all the same).
    func saveBuildCache(for output: OutputFolder, serializing: BackgroundResult<[UInt8]>?) -> String? {
        guard let buildCache, let serialized = serializing?.wait() else { return nil }
        guard let identity = BuildCache.identity(of: self, output: output) else { return nil }
        return buildCache.save(serialized, identity: identity).map {
            "the build cache could not be written (\($0)); the next build makes every page anew"
        }
    }
}
