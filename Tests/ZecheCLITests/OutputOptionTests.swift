import Foundation
import Testing
import ZecheTestSupport

/// `--output` names a folder the build may replace whole, and one build of it runs at a time.
struct OutputOptionTests {
    @Test("An empty --output, one inside Content/ or Templates/, and the site's own folder are refused", arguments: [
        ("", "error: --output is empty; name the folder to build into, e.g. --output Output"),
        ("  ", "error: --output is empty; name the folder to build into, e.g. --output Output"),
        ("Content", "error: --output 'Content' is inside Content/, whose files the build reads; build into a folder beside it, e.g. --output Output"),
        ("Content/public", "error: --output 'Content/public' is inside Content/, whose files the build reads; build into a folder beside it, e.g. --output Output"),
        ("Output/../Templates/assets", "error: --output 'Output/../Templates/assets' is inside Templates/, whose files the build reads; build into a folder beside it, e.g. --output Output"),
        (".", "error: --output '.' is the site's folder or holds it, and a build replaces its output whole; build into a folder such as --output Output"),
        ("..", "error: --output '..' is the site's folder or holds it, and a build replaces its output whole; build into a folder such as --output Output"),
    ])
    func refusedOutputs(_ output: String, _ message: String) throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\nText.\n"])
        let before = try site.snapshot()
        for command in ["build", "publish"] {
            let run = try site.run(command, "--output", output)
            #expect(run.status == 2, "\(command): \(run)")
            #expect(run.standardError.hasPrefix(message + "\n"), "\(command): \(run.standardError)")
        }
        #expect(try site.snapshot() == before)
    }

    @Test("A build into a mount point says that readers may have seen old and new files side by side",
          .enabled(if: SmallDisk.canMount, "mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func mountPointWarning() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\nText.\n"])
        let output = site.url.appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
        try #require(SmallDisk.mount(at: output, size: "4m"))
        defer { SmallDisk.unmount(output) }
        for _ in 0..<2 {
            let run = try site.run("build", "--quiet")
            #expect(run.status == 0, "\(run)")
            #expect(run.standardError == "warning: 'Output/' is a mount point, which cannot be swapped in one step: the new site was moved in "
                + "entry by entry, so for a moment readers could see old and new files side by side\n")
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test("An output reached through a linked folder inside Content/ is refused too")
    func linkedIntoContent() throws {
        let site = try SiteFolder(["Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\nText.\n"])
        try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent("ausgabe").path, withDestinationPath: "Content/posts")
        let run = try site.run("build", "--output", "ausgabe/site")
        #expect(run.status == 2)
        #expect(run.standardError.contains("is inside Content/"))
    }

    @Test("Three builds of one site started at once all succeed, one after the other, and leave a complete site",
          .enabled(if: FileManager.default.isExecutableFile(atPath: KillTests.bench.path), "zeche-bench was not built next to zeche"))
    func concurrentBuilds() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-concurrent")
        let site = folder.url.appendingPathComponent("site")
        let corpus = try ProcessOutcome.run(KillTests.bench, ["corpus", "300", site.path], in: folder.url)
        try #require(corpus.status == 0, "\(corpus)")
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        let fresh = folder.url.appendingPathComponent("fresh")
        #expect(try ProcessOutcome.zeche(["build", "--quiet", "--output", fresh.path], in: site).status == 0)

        let outcomes = try (0..<3).map { _ in
            let process = Process()
            process.executableURL = PackagePaths.zecheExecutable()
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = site
            let errors = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            return (process, errors)
        }.map { process, errors in
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, text)
        }
        for (status, errors) in outcomes {
            #expect(status == 0, "\(errors)")
            #expect(errors.isEmpty, "\(errors)")
        }
        #expect(try SiteCommandHarness.contents(of: site.appendingPathComponent("Output")) == SiteCommandHarness.contents(of: fresh))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".Output.zeche-") }.isEmpty)
    }
}
