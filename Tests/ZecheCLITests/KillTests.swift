import Foundation
import Testing
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// `zeche build` killed with SIGKILL at a random moment, twenty times: `Output/` is always a
/// complete site, the previous one or the new one, never a mix; the next build cleans up what
/// the killed ones left and gives exactly what a fresh build gives. Also with an `Output/`
/// that is a symbolic link to the served folder: the swap happens at its target, and the link
/// survives every kill. And with one article edited between builds, so that most files are
/// kept and the previous generation beside the output is updated in place when it is killed.
struct KillTests {
    static let bench = PackagePaths.zecheExecutable().deletingLastPathComponent().appendingPathComponent("zeche-bench")

    @Test("A build killed at a random moment leaves a complete Output/, and the next build is correct and cleans up",
          .enabled(if: FileManager.default.isExecutableFile(atPath: bench.path), "zeche-bench was not built next to zeche"),
          arguments: [(false, false), (true, false), (false, true)])
    func killedBuilds(outputIsALink: Bool, editsOneArticle: Bool) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-kill")
        let site = folder.url.appendingPathComponent("site")
        // 300 articles: a debug build takes a few hundred milliseconds, long enough to be
        // killed while it renders, writes or swaps.
        let corpus = try ProcessOutcome.run(Self.bench, ["corpus", "300", site.path], in: folder.url)
        try #require(corpus.status == 0, "\(corpus)")
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        let config = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        let posts = site.appendingPathComponent("Content/posts")
        let article = posts.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: posts.path).sorted().last))
        let text = try String(contentsOf: article, encoding: .utf8)

        // Two versions of the site: every page differs (the footer is on all of them), or
        // one article's text (its page, the lists and feeds that show it).
        func use(_ version: Int) throws {
            if editsOneArticle {
                try Data((text + "\nFassung \(version).\n").utf8).write(to: article)
            } else {
                try Data((config + "\ncopyright: Version \(version)\n").utf8).write(to: site.appendingPathComponent("site.yml"))
            }
        }
        var expected: [Int: [String: Data]] = [:]
        var duration: Duration = .zero
        for version in [1, 2] {
            try use(version)
            let fresh = folder.url.appendingPathComponent("fresh-\(version)")
            let started = ContinuousClock.now
            let build = try ProcessOutcome.zeche(["build", "--quiet", "--output", fresh.path], in: site)
            duration = max(duration, ContinuousClock.now - started)
            try #require(build.reason == .exit && build.status == 0, "\(build)")
            expected[version] = try SiteCommandHarness.contents(of: fresh)
        }
        #expect(expected[1] != expected[2])

        try use(1)
        // An Output/ that is a link to the folder a web server serves: the swap happens there,
        // and the link must survive every kill.
        let served = folder.url.appendingPathComponent("served/newsroom")
        if outputIsALink {
            try FileManager.default.createDirectory(at: served.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("Output").path, withDestinationPath: served.path)
        }
        let first = try ProcessOutcome.zeche(["build", "--quiet"], in: site)
        try #require(first.status == 0, "\(first)")
        let output = site.appendingPathComponent("Output")
        let swapped = outputIsALink ? served : output
        func leftovers() throws -> [String] {
            // The previous generation and the manifest stay beside the output by design.
            let kept: Set<String> = [".\(swapped.lastPathComponent).zeche-generations"]
            return try FileManager.default.contentsOfDirectory(atPath: swapped.deletingLastPathComponent().path)
                .filter { $0.hasPrefix(".\(swapped.lastPathComponent).zeche-") && !kept.contains($0) }
        }
        if editsOneArticle {
            // Kills spread over a build that keeps most files, which takes less time.
            for version in [2, 1] {
                try use(version)
                let started = ContinuousClock.now
                let warm = try ProcessOutcome.zeche(["build", "--quiet"], in: site)
                try #require(warm.status == 0, "\(warm)")
                duration = ContinuousClock.now - started
            }
        }
        var current = 1
        var inputs = 1
        var random = SeededRandom(seed: UInt64(ProcessInfo.processInfo.environment["ZECHE_KILL_SEED"] ?? "") ?? UInt64.random(in: 0...UInt64.max))
        let seed = random.seed
        var killed = 0
        var leftBehind = 0
        let longest = max(10, Int(duration / .milliseconds(1)))
        var inPlace = 0
        for round in 1...20 {
            if editsOneArticle, round % 2 == 1 {
                // A complete build first: it leaves a clean previous generation beside the
                // output, which the killed build then updates in place.
                try use(current)
                inputs = current
                let complete = try ProcessOutcome.zeche(["build", "--quiet"], in: site)
                try #require(complete.status == 0, "\(complete)")
                #expect(try SiteCommandHarness.contents(of: swapped) == expected[current], "round \(round): the complete build differs from a fresh one")
            }
            let cleanPrevious = FileManager.default.fileExists(atPath: swapped.deletingLastPathComponent()
                .appendingPathComponent(".\(swapped.lastPathComponent).zeche-generations/previous/.zeche-output").path)
            let next = 3 - current
            try use(next)
            inputs = next
            // Somewhere between 5 ms and the whole build: loading, rendering, writing, swapping.
            let delay = 5 + Int(random.next() % UInt64(longest - 4))
            let process = Process()
            process.executableURL = PackagePaths.zecheExecutable()
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = site
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }

            let left = try leftovers()
            if !left.isEmpty {
                leftBehind += 1
            }
            // No staging folder (a killed build leaves its lock file): it was updating the
            // previous generation in place.
            if cleanPrevious, process.terminationReason == .uncaughtSignal, !left.contains(where: { $0.contains("zeche-staging-") }) {
                inPlace += 1
            }
            if outputIsALink {
                #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) == served.path, "round \(round): Output/ is no longer a link")
            }
            let found = try SiteCommandHarness.contents(of: swapped)
            let version = [current, next].first { expected[$0] == found }
            // When it fails: the paths where the output differs from the new site, for the diagnosis.
            let differing = expected[next].map { new in Set(new.keys).union(found.keys).filter { new[$0] != found[$0] }.sorted() } ?? []
            #expect(version != nil, "round \(round) (seed \(seed), killed after \(delay) ms): Output/ is neither the previous site nor the new one; it differs from the new one at \(differing.prefix(10)) (\(differing.count) paths), clean previous generation: \(cleanPrevious)")
            current = version ?? current
        }

        let last = try ProcessOutcome.zeche(["build", "--quiet"], in: site)
        #expect(last.reason == .exit && last.status == 0, "\(last)")
        #expect(try SiteCommandHarness.contents(of: swapped) == expected[inputs], "the last build differs from a fresh one")
        let left = try leftovers()
        #expect(left.isEmpty, "left behind: \(left)")
        // The caches are complete: no temporary file of a killed build stays beside them.
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".zeche-cache").path)
        #expect(!cacheFiles.contains { $0.contains(".tmp-") }, "left in .zeche-cache: \(cacheFiles)")
        if outputIsALink {
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) == served.path)
        }
        // The rounds after a complete build find a clean previous generation: some of their
        // kills hit a build that updates it in place (all but impossible to miss in ten rounds).
        #expect(!editsOneArticle || killed == 0 || inPlace > 0, "no build was killed while it updated the previous generation")
        // Not a timing assertion: it says whether the rounds hit running builds at all.
        print("KillTests: \(killed) of 20 builds were killed while running, \(leftBehind) left a staging folder behind, "
              + "\(inPlace) were killed while they updated the previous generation in place "
              + "(seed \(seed), a build takes about \(duration))")
    }
}

