import Mustache

extension BuildPipeline {
    /// Keeps every page of the plan that is not `stale` (and whose template exists); returns
    /// `stale` with the pages the sink could not keep added, in plan order.
    func keepUnchangedPages(plan: SitePlan, stale: [Int], templates: TemplateLibrary, into sink: some OutputSink) -> [Int] {
        let isStale = Set(stale)
        let unchanged = plan.jobs.indices.filter { !isStale.contains($0) && templates.contains(plan.jobs[$0].template) }
        let failed = sink.keep(all: unchanged.map { plan.jobs[$0].outputPath })
        return failed.isEmpty ? stale : (stale + failed.map { unchanged[$0] }).sorted()
    }

    /// Keeps one file; `false` when the caller must make it anew.
    static func keep(_ path: String, into sink: some OutputSink) -> Bool {
        do throws(OutputError) {
            try sink.keep(path)
            return true
        } catch {
            return false
        }
    }
}
