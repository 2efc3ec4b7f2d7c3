extension BuildPipeline {
    /// Reads the build cache for a build into `output` (when the pipeline has one and no run
    /// of its own): its signatures let this run keep what did not change. Returns the note
    /// that says why the build is cold, if it is.
    mutating func loadBuildCache(for output: OutputFolder) -> String? {
        guard let buildCache, cache.lastGood == nil else { return nil }
        switch buildCache.load(for: BuildCache.identity(of: self, output: output)) {
        case .reused(let signatures):
            cache.persisted = signatures
            return nil
        case .cold(let note):
            cache.persisted = nil
            return note.map { "not using the build cache: \($0); every page is made anew" }
        }
    }

    /// Writes the build cache after a successful build into `output`; returns a note when it
    /// could not be written (the site is built all the same).
    func saveBuildCache(for output: OutputFolder) -> String? {
        guard let buildCache, let signatures = cache.previous else { return nil }
        guard let identity = BuildCache.identity(of: self, output: output) else { return nil }
        return buildCache.save(signatures, identity: identity).map {
            "the build cache could not be written (\($0)); the next build makes every page anew"
        }
    }
}
