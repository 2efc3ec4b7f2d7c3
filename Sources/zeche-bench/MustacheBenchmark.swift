import Mustache

/// Renders an article-like page (a layout parent, a dozen partials, ten related articles,
/// escaped and unescaped values, about 8 KB) 10,000 times per run, seven runs, and prints the
/// rendered megabytes per second: median, min and max; first as the spec renders, then in
/// strict mode (which checks for unset names but, with complete data, warns about nothing).
func runMustacheBenchmark(runs: Int = 7, rendersPerRun: Int = 10_000) {
    let library: TemplateLibrary
    do {
        library = try TemplateLibrary(sources: MustacheBenchmarkFixture.templates)
    } catch {
        print("mustache: cannot compile the benchmark templates:\n\(error)")
        return
    }
    let context = MustacheBenchmarkFixture.context()
    var buffer = RenderBuffer(capacity: 16_384)
    var warnings: [TemplateWarning] = []
    do {
        try library.render("article", context, into: &buffer, strict: true, warnings: &warnings)
    } catch {
        print("mustache: render failed: \(error)")
        return
    }
    for warning in warnings { print(warning) }
    let pageSize = buffer.count
    print("mustache: \(pageSize) bytes per page, \(rendersPerRun) renders per run, \(runs) runs")

    for strict in [false, true] {
        print("mustache: \(strict ? "strict" : "spec") mode")
        var rates: [Double] = []
        let clock = ContinuousClock()
        for run in 1...runs {
            var bytes = 0
            var runWarnings: [TemplateWarning] = []
            let elapsed = clock.measure {
                for _ in 0..<rendersPerRun {
                    buffer.removeAll(keepingCapacity: true)
                    try? library.render("article", context, into: &buffer, strict: strict, warnings: &runWarnings)
                    bytes += buffer.count
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = Double(bytes) / seconds / 1_000_000
            rates.append(rate)
            print("  run \(run): \(format(rate)) MB/s (\(format(seconds * 1000)) ms)")
        }
        rates.sort()
        let median = rates[rates.count / 2]
        print("mustache \(strict ? "strict" : "spec"): median \(format(median)) MB/s, "
            + "min \(format(rates[0])) MB/s, max \(format(rates[rates.count - 1])) MB/s")
    }
}

private func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return "\(rounded)"
}

/// The page the benchmark renders, for a look at its output.
func renderMustacheBenchmarkPage() -> String {
    guard let library = try? TemplateLibrary(sources: MustacheBenchmarkFixture.templates),
          let page = try? library.render("article", MustacheBenchmarkFixture.context()) else { return "" }
    return page
}
