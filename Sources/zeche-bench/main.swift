import Foundation

// The benchmarks `make bench` runs (scripts/bench.sh); never part of a normal build.
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: zeche-bench mustache [--print]         render an article page 10,000 times, MB/s
           zeche-bench corpus N DIR               write a benchmark site of N articles
           zeche-bench rebuild SITE [RUNS]        preview rebuild time after editing one article
           zeche-bench serve SITE [RUNS]          zeche serve: from a save to the reload event
           zeche-bench search CORPUS OUT [RUNS]   build the search index of a corpus into OUT
    """
switch arguments.first {
case "mustache":
    if arguments.dropFirst().first == "--print" {
        print(renderMustacheBenchmarkPage(), terminator: "")
    } else {
        runMustacheBenchmark()
    }
case "corpus":
    guard arguments.count == 3, let count = Int(arguments[1]), count > 0 else { print(usage); exit(2) }
    do {
        try CorpusGenerator(count: count, folder: URL(fileURLWithPath: arguments[2])).write()
        print("corpus: \(count) articles in \(arguments[2])")
    } catch {
        print("corpus: \(error)")
        exit(1)
    }
case "rebuild":
    guard arguments.count >= 2 else { print(usage); exit(2) }
    let site = URL(fileURLWithPath: arguments[1])
    let runs = arguments.count > 2 ? Int(arguments[2]) ?? 9 : 9
    runRebuildBenchmark(site: site, runs: runs, watched: true)
    runRebuildBenchmark(site: site, runs: runs, watched: false)
case "serve":
    guard arguments.count >= 2 else { print(usage); exit(2) }
    runServeLatencyBenchmark(site: URL(fileURLWithPath: arguments[1]), runs: arguments.count > 2 ? Int(arguments[2]) ?? 9 : 9)
case "search":
    guard arguments.count >= 3 else { print(usage); exit(2) }
    do {
        try runSearchBenchmark(corpus: URL(fileURLWithPath: arguments[1]), output: URL(fileURLWithPath: arguments[2]),
                               runs: arguments.count > 3 ? Int(arguments[3]) ?? 5 : 5)
    } catch {
        print("search: \(error)")
        exit(1)
    }
default:
    print(usage)
    exit(2)
}
