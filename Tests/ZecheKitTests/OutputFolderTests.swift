import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// How the output folder is replaced: one build at a time, through symbolic links, on mount
/// points and where the file system cannot exchange two folders.
@Suite struct OutputFolderTests {
    static func build(_ site: TemporaryDirectory, into output: OutputFolder) -> BuildResult {
        var pipeline = BuildPipeline(root: site.url, options: SiteBuildTests.options)
        return pipeline.build(into: output)
    }

    /// The files of a fresh build of `site`, to compare outputs with.
    static func freshBuild(_ site: TemporaryDirectory) throws -> [String: Data] {
        let fresh = try TemporaryDirectory(prefix: "zeche-fresh")
        #expect(build(site, into: OutputFolder(url: fresh.url.appendingPathComponent("Output"))).succeeded)
        return try snapshot(fresh.url.appendingPathComponent("Output"))
    }

    @Test("While another build holds the output, a build waits, and says so when the wait runs out")
    func lockedOutput() throws {
        let site = try SiteBuildTests.site("golden-site")
        var output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        output.lockTimeout = .milliseconds(300)
        let holder = open(output.lockPath, O_RDWR | O_CREAT, 0o644)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        _ = "4242\n".withCString { pwrite(holder, $0, 5, 0) }
        let report = Self.build(site, into: output)
        #expect(report.diagnostics.map(\.description) == [
            "Output/: error: another build of 'Output/' is running (process 4242) and did not finish within 0.3 s\n"
                + "fix: wait for the other build and build again, or build into another folder with --output",
        ])
        #expect(!FileManager.default.fileExists(atPath: output.url.path))
        // Released, the next build goes ahead, and leaves no lock file behind.
        flock(holder, LOCK_UN)
        #expect(Self.build(site, into: output).succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.lockPath))
    }

    @Test("Builds of one output started together run one after the other, and each succeeds")
    func concurrentBuilds() throws {
        let site = try SiteBuildTests.site("golden-site")
        let output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        let reports = Parallel.map(4) { _ in Self.build(site, into: output) }
        for report in reports { #expect(report.succeeded, "\(report.diagnostics)") }
        #expect(try snapshot(output.url) == Self.freshBuild(site))
    }

    @Test("An output that is a symbolic link is written at its target, and stays a link", arguments: [true, false])
    func symlinkedOutput(targetExists: Bool) throws {
        let site = try SiteBuildTests.site("golden-site")
        let served = try TemporaryDirectory(prefix: "zeche-served")
        let target = served.url.appendingPathComponent("newsroom")
        if targetExists { #expect(Self.build(site, into: OutputFolder(url: target)).succeeded) }
        let link = site.url.appendingPathComponent("Output")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        for _ in 0..<2 {
            let report = Self.build(site, into: OutputFolder(url: link))
            #expect(report.succeeded, "\(report.diagnostics)")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) == target.path, "the link was replaced")
            #expect(try snapshot(target) == Self.freshBuild(site))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: served.url.path) == ["newsroom"])
    }

    @Test("Without an atomic exchange, the swap takes two renames and says what a reader may see")
    func withoutExchange() throws {
        let site = try SiteBuildTests.site("golden-site")
        var output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        output.usesExchange = false
        #expect(output.swapLimitation()?.hasPrefix("the file system of './' cannot swap folders in one step: 'Output/' was missing for a moment") == true)
        for _ in 0..<2 { #expect(Self.build(site, into: output).succeeded) }
        #expect(try snapshot(output.url) == Self.freshBuild(site))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url.path).filter { $0.hasPrefix(".Output.") }.isEmpty)
        output.usesExchange = true
        #expect(output.swapLimitation() == nil)
    }

    @Test("An output that is a mount point is filled entry by entry, old files go, and the build says so",
          .enabled(if: MountPoint.canMount, "mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func mountPoint() throws {
        let site = try SiteBuildTests.site("golden-site")
        let output = OutputFolder(url: site.url.appendingPathComponent("Output"))
        try FileManager.default.createDirectory(at: output.url, withIntermediateDirectories: false)
        try #require(MountPoint.mount(at: output.url))
        defer { MountPoint.unmount(output.url) }
        #expect(output.isMountPoint)
        #expect(output.swapLimitation()?.hasPrefix("'Output/' is a mount point, which cannot be swapped in one step") == true)
        #expect(Self.build(site, into: output).succeeded)
        try Data("alt".utf8).write(to: output.url.appendingPathComponent("veraltet.html"))
        let report = Self.build(site, into: output)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(output.isMountPoint, "the mount point was replaced")
        #expect(try snapshot(output.url) == Self.freshBuild(site))
    }

    @Test("Flushing a folder reaches every file; a folder that is gone is an error")
    func flush() throws {
        let folder = try TemporaryDirectory(prefix: "zeche-flush")
        try folder.write("a", to: "a/b/c.html")
        try OutputFolder.flush(folder.path)
        #expect(throws: OutputError.self) { try OutputFolder.flush(folder.path + "/fehlt") }
    }
}

/// Every file of a folder with its bytes.
private func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for path in relativeFiles(in: folder) { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
    return files
}

/// Mounting a small tmpfs (needs root or CAP_SYS_ADMIN).
enum MountPoint {
    static let canMount: Bool = {
        guard let folder = try? TemporaryDirectory(prefix: "zeche-mount-probe"), mount(at: folder.url) else { return false }
        unmount(folder.url)
        return true
    }()

    static func mount(at folder: URL) -> Bool {
        run("/bin/mount", ["-t", "tmpfs", "-o", "size=16m", "tmpfs", folder.path])
    }

    static func unmount(_ folder: URL) {
        _ = run("/bin/umount", [folder.path])
    }

    private static func run(_ executable: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
