extension BuildPipeline {
    /// Runs the pipeline into a staging folder beside `output` and swaps it in when the run
    /// found no error: `zeche build`. On an error, `output` stays as it was.
    public mutating func build(into output: OutputFolder, progress: BuildProgress = BuildProgress()) -> BuildResult {
        let result = buildOnce(into: output, progress: progress)
        // A build reads a body of the content cache only when it needs it: one whose bytes
        // changed on the disk is found late, and the build starts again without the cache.
        guard cache.contentCacheIsDamaged, buildCache != nil else { return result }
        cache = PipelineCache()
        cache.contentCacheIsDamaged = true
        return buildOnce(into: output, progress: progress)
    }

    private mutating func buildOnce(into output: OutputFolder, progress: BuildProgress) -> BuildResult {
        // The content cache is read on the other core while the staging folder is prepared.
        let seeding = startSeedingContentCache()
        let staging: StagingFolder
        do {
            staging = try output.prepareStaging()
        } catch {
            // The site is still checked, so that one run reports every mistake.
            var result = run(into: DiscardingSink(), progress: progress, seeding: seeding)
            result.diagnostics = (result.diagnostics + [.error(error.description, at: SourceLocation(path: output.displayPath), fix: error.fix)]).sorted()
            return result
        }
        askForBuildCache(for: output)
        var result = run(into: staging, progress: progress, seeding: seeding)
        result.notes += takeBuildCacheNote().map { [$0] } ?? []
        guard result.succeeded else {
            output.discard(staging)
            return result
        }
        let serializing = startSerializingBuildCache()
        do {
            result.output = try output.publish(staging)
        } catch {
            output.discard(staging)
            buildCache?.remove()
            result.diagnostics = (result.diagnostics + [.error(error.description, at: SourceLocation(path: output.displayPath), fix: error.fix)]).sorted()
            return result
        }
        // Its records of every file of the site are freed by the exit at once, not one by one.
        if exitsAfterRun { BackgroundRelease.leave(staging.records) }
        result.notes += saveBuildCache(for: output, serializing: serializing).map { [$0] } ?? []
        return result
    }

    /// Runs the pipeline without writing anything: `zeche check`. Every page is rendered, so
    /// that template mistakes are found too.
    public mutating func check() -> BuildResult {
        run(into: DiscardingSink())
    }
}
