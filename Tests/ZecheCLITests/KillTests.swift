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
/// survives every kill.
struct KillTests {
    static let bench = PackagePaths.zecheExecutable().deletingLastPathComponent().appendingPathComponent("zeche-bench")

    @Test("A build killed at a random moment leaves a complete Output/, and the next build is correct and cleans up",
          .enabled(if: FileManager.default.isExecutableFile(atPath: bench.path), "zeche-bench was not built next to zeche"),
          arguments: [false, true])
    func killedBuilds(outputIsALink: Bool) throws {
        let folder = try TemporaryDirectory(prefix: "zeche-kill")
        let site = folder.url.appendingPathComponent("site")
        // 300 articles: a debug build takes a few hundred milliseconds, long enough to be
        // killed while it renders, writes or swaps.
        let corpus = try ProcessOutcome.run(Self.bench, ["corpus", "300", site.path], in: folder.url)
        try #require(corpus.status == 0, "\(corpus)")
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        let config = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)

        // Two versions of the site whose every page differs (the title is on all of them).
        func use(_ version: Int) throws {
            try Data((config + "\ncopyright: Version \(version)\n").utf8).write(to: site.appendingPathComponent("site.yml"))
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
            try FileManager.default.contentsOfDirectory(atPath: swapped.deletingLastPathComponent().path).filter { $0.hasPrefix(".\(swapped.lastPathComponent).zeche-") }
        }
        var current = 1
        var inputs = 1
        var random = SplitMix64(seed: UInt64(ProcessInfo.processInfo.environment["ZECHE_KILL_SEED"] ?? "") ?? UInt64.random(in: 0...UInt64.max))
        let seed = random.seed
        var killed = 0
        var leftBehind = 0
        let longest = max(10, Int(duration / .milliseconds(1)))
        for round in 1...20 {
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

            if try !leftovers().isEmpty {
                leftBehind += 1
            }
            if outputIsALink {
                #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) == served.path, "round \(round): Output/ is no longer a link")
            }
            let found = try SiteCommandHarness.contents(of: swapped)
            let version = [current, next].first { expected[$0] == found }
            #expect(version != nil, "round \(round) (seed \(seed), killed after \(delay) ms): Output/ is neither the previous site nor the new one")
            current = version ?? current
        }

        let last = try ProcessOutcome.zeche(["build", "--quiet"], in: site)
        #expect(last.reason == .exit && last.status == 0, "\(last)")
        #expect(try SiteCommandHarness.contents(of: swapped) == expected[inputs], "the last build differs from a fresh one")
        let left = try leftovers()
        #expect(left.isEmpty, "left behind: \(left)")
        if outputIsALink {
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) == served.path)
        }
        // Not a timing assertion: it says whether the rounds hit running builds at all.
        print("KillTests: \(killed) of 20 builds were killed while running, \(leftBehind) left a staging folder behind "
              + "(seed \(seed), a build takes about \(duration))")
    }
}

/// A small seeded generator, so that a failing round can be replayed with ZECHE_KILL_SEED.
struct SplitMix64: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
