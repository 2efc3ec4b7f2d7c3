public import Foundation
import Mustache
import Synchronization

/// Builds a site: loads and checks everything, renders every page in parallel into a staging
/// folder, and swaps it in as the output folder only when nothing went wrong.
public struct SiteBuilder: Sendable {
    public let root: URL
    private var loader: SiteLoader

    public init(root: URL) {
        self.root = root.standardizedFileURL
        loader = SiteLoader(root: self.root)
    }

    /// Loads the site and the theme, and plans the output; no file is written.
    mutating func prepare(_ options: BuildOptions) -> (Prepared?, [Diagnostic]) {
        let loaded = loader.load(options.loaderOptions)
        var diagnostics = loaded.diagnostics
        let templates = loadTemplates(into: &diagnostics)
        var walker = FolderWalker()
        let assets = walker.files(in: "Templates/assets", root: root)
        diagnostics += walker.diagnostics
        guard let site = loaded.site, let templates, !diagnostics.containsErrors else { return (nil, diagnostics.sorted()) }
        let plan = SitePlan(site: site, templates: templates, assets: assets)
        diagnostics += plan.diagnostics
        var outputPaths = Set(plan.jobs.map(\.outputPath)).union(plan.copies.map(\.outputPath))
        outputPaths.formUnion(SitePlan.generatedFiles)
        diagnostics += RootRelativeLinks.check(site: site, outputPaths: outputPaths)
        let stylesheet = assets.contains("Templates/assets/site.css")
            ? site.config.sitePath("assets/site.css") + "?v=" + ContentHash.of(file: root.appendingPathComponent("Templates/assets/site.css"))
            : site.config.sitePath("assets/site.css")
        let renderer = PageRenderer(templates: templates, contexts: ContextBuilder(site: site, stylesheetURL: stylesheet))
        return (Prepared(site: site, plan: plan, renderer: renderer), diagnostics.sorted())
    }

    struct Prepared: Sendable {
        let site: Site
        let plan: SitePlan
        let renderer: PageRenderer
    }

    private func loadTemplates(into diagnostics: inout [Diagnostic]) -> TemplateLibrary? {
        let folder = root.appendingPathComponent("Templates")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            diagnostics.append(.error("the site has no 'Templates/' folder", at: SourceLocation(path: "Templates/"),
                                      fix: "copy a theme into Templates/ (zeche init writes the default theme)"))
            return nil
        }
        do {
            let library = try TemplateLibrary(directory: folder, displayPath: "Templates")
            // The engine copies a template's bytes as they are; bytes that are not UTF-8 would
            // end up in every page. An error at the first of them, as for content files.
            for name in library.templateNames {
                guard let path = library.displayPath(of: name),
                      let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
                diagnostics += SourceFile.decode(data, path: path).diagnostics
            }
            return library
        } catch {
            diagnostics += error.errors.map(PageRenderer.diagnostic)
            return nil
        }
    }

    /// Builds the site into `output`. Nothing is written when there is an error; the previous
    /// output then stays as it was.
    public mutating func build(_ options: BuildOptions, into output: OutputFolder, progress: BuildProgress = BuildProgress()) -> BuildReport {
        let (prepared, diagnostics) = prepare(options)
        guard let prepared, !diagnostics.containsErrors else { return BuildReport(diagnostics: diagnostics) }
        defer { BackgroundRelease.release(prepared) }
        var report = BuildReport(diagnostics: diagnostics)
        let staging: StagingFolder
        do {
            staging = try output.prepareStaging()
        } catch {
            report.diagnostics.append(.error(error.description, at: SourceLocation(path: output.displayPath), fix: error.fix))
            return report
        }
        let written = write(prepared, to: staging, outputLocation: SourceLocation(path: output.displayPath), progress: progress)
        report.diagnostics = (report.diagnostics + written.diagnostics).sorted()
        guard !report.diagnostics.containsErrors else {
            output.discard(staging)
            return report
        }
        do {
            try output.publish(staging)
        } catch {
            output.discard(staging)
            report.diagnostics.append(.error(error.description, at: SourceLocation(path: output.displayPath), fix: error.fix))
            return report
        }
        report.pageCount = prepared.plan.jobs.count
        report.articleCount = prepared.site.articles.count
        report.tagCount = prepared.site.tags.count
        report.authorCount = prepared.site.authors.count
        report.fileCount = written.fileCount
        return report
    }

    /// Loads, checks and renders everything without writing: content and link errors, and the
    /// warnings of the templates' strict mode.
    public mutating func check(_ options: BuildOptions) -> BuildReport {
        let (prepared, diagnostics) = prepare(options)
        guard let prepared else { return BuildReport(diagnostics: diagnostics) }
        let rendered = Parallel.map(prepared.plan.jobs.count, makeState: { RenderBuffer() }) { (index: Int, buffer: inout RenderBuffer) -> [Diagnostic] in
            var warnings: [TemplateWarning] = []
            let error = prepared.renderer.render(prepared.plan.jobs[index], into: &buffer, warnings: &warnings)
            return (error.map { [$0] } ?? []) + warnings.map(PageRenderer.diagnostic)
        }
        var report = BuildReport(diagnostics: Self.deduplicated(diagnostics + rendered.flatMap { $0 }).sorted())
        report.pageCount = prepared.plan.jobs.count
        report.articleCount = prepared.site.articles.count
        report.tagCount = prepared.site.tags.count
        report.authorCount = prepared.site.authors.count
        return report
    }

    /// Renders and copies every planned file into the staging folder.
    ///
    /// Errors that are about the output as a whole (a full disk) are reported at
    /// `outputLocation`, once.
    private func write(_ prepared: Prepared, to staging: StagingFolder, outputLocation: SourceLocation,
                       progress: BuildProgress) -> (diagnostics: [Diagnostic], fileCount: Int) {
        @Sendable func diagnostic(_ error: OutputError, source: SourceLocation? = nil) -> Diagnostic {
            .error(error.description, at: error == .diskFull ? outputLocation : source, fix: error.fix)
        }
        let plan = prepared.plan
        let generated = GeneratedFiles.make(site: prepared.site, plan: plan)
        progress.plan(plan.jobs.count + plan.copies.count + generated.count)
        // Parents first, here; each page's own folder in the worker that writes the page, so that
        // the 10,000 mkdir calls of a large site run on all cores too.
        var parents = Set(plan.jobs.map { Self.folder(of: Self.folder(of: $0.outputPath)) })
        parents.formUnion(plan.copies.map { Self.folder(of: $0.outputPath) })
        do {
            try staging.createFolders(parents.filter { !$0.isEmpty })
        } catch {
            return ([diagnostic(error)], 0)
        }
        let root = self.root
        let pages = Parallel.map(plan.jobs.count, order: plan.renderOrder(site: prepared.site), makeState: { RenderBuffer() }) { (index: Int, buffer: inout RenderBuffer) -> [Diagnostic] in
            let job = plan.jobs[index]
            var warnings: [TemplateWarning] = []
            if let error = prepared.renderer.render(job, into: &buffer, warnings: &warnings) { return [error] }
            defer { progress.advance() }
            do throws(OutputError) {
                try staging.createFolder(Self.folder(of: job.outputPath))
                try staging.write(buffer.bytes, to: job.outputPath)
            } catch {
                return [diagnostic(error)]
            }
            return warnings.map(PageRenderer.diagnostic)
        }
        let copies = Parallel.map(plan.copies.count) { index -> Diagnostic? in
            let copy = plan.copies[index]
            defer { progress.advance() }
            do throws(OutputError) {
                try staging.copy(from: root.appendingPathComponent(copy.sourcePath), sourcePath: copy.sourcePath, to: copy.outputPath)
                return nil
            } catch {
                return diagnostic(error, source: SourceLocation(path: copy.sourcePath))
            }
        }
        var diagnostics = pages.flatMap { $0 } + copies.compactMap { $0 }
        for file in generated {
            do throws(OutputError) {
                try staging.write(Array(file.text.utf8), to: file.path)
            } catch {
                diagnostics.append(diagnostic(error))
            }
            progress.advance()
        }
        return (Self.deduplicated(diagnostics), plan.jobs.count + plan.copies.count + generated.count)
    }

    /// Each template warning or error once per place, however many pages hit it: a mistake
    /// in the layout is found by every template that extends it, each time with another
    /// chain of notes; the first page's is kept.
    static func deduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { seen.insert($0.headline).inserted }
    }

    private static func folder(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }
}
