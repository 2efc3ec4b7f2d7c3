/// What a run compares its inputs with to tell which outputs it need not make again: the
/// signatures of the inputs of every output of the last successful run. In the preview they
/// come from the last run in memory (`RenderedSite`); in `zeche build` from the build cache
/// (`BuildCache`), written by the last successful build into the same output folder.
struct OutputSignatures: Sendable {
    /// Output path → the signature of the inputs the page was rendered from.
    var pages: [String: Int] = [:]
    /// Output path → a hash of a generated file's bytes, or for a feed its signature.
    var generated: [String: UInt64] = [:]
    /// Output path → the signature of the file it was copied from.
    var copies: [String: FileSignature] = [:]
    /// Output path → the signature of the files an album's ZIP archive was made of.
    var archives: [String: Int] = [:]
    /// Each language's search index (by the language's place in `MultilingualSite`): its
    /// signature and files, when the run wrote one.
    var searches: [Int: BuildPipeline.SearchIndexRun] = [:]
    /// Each template file with its signature: pages of a changed template are rendered anew.
    var templateFiles: [String: FileSignature] = [:]
    /// Every output path of the run, for the preview's next run to tell its server which are
    /// gone. Not in the build cache: only the preview asks, and it keeps its runs in memory.
    var outputs: Set<String> = []
}

extension RenderedSite {
    var outputSignatures: OutputSignatures {
        OutputSignatures(pages: pageSignatures, generated: generatedHashes, copies: copySignatures, archives: archiveSignatures,
                         searches: searchIndex, templateFiles: theme.templateFiles, outputs: outputs)
    }
}

extension PipelineCache {
    /// The signatures of the last successful run: this pipeline's own, or those the build
    /// cache kept of the last build; `nil` when there was none (a cold run).
    var previous: OutputSignatures? {
        lastGood?.outputSignatures ?? persisted
    }
}
