import Foundation
import Testing
import ZecheTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// One case of the hostile-site table: a folder `Fixtures/hostile/<name>/` whose files are laid
/// over the good site of `Fixtures/hostile/base/` (after it was built into `Output/`), with
/// `expected.txt`, the exact text `zeche build` prints (standard error, then standard output).
///
/// What cannot be a file in git (50 MB, invalid UTF-8, a named pipe, a symbolic link loop, an
/// unreadable file, a full disk) is made by `make` after the fixture's files are copied.
struct HostileSite: CustomTestStringConvertible, Sendable {
    /// How `zeche build` runs.
    enum Privileges: Sendable {
        /// As the test runs.
        case asIs
        /// Without the capabilities that let root ignore file permissions (see `FileAccess`).
        case withoutFileOverride
    }

    let name: String
    /// The exit status: 0 for a build that succeeds (perhaps with warnings), 1 for errors.
    let status: Int32
    /// For a build that succeeds: output files and a piece of text each must contain.
    var pages: [String: String] = [:]
    var privileges = Privileges.asIs
    /// The output folder, relative to the site.
    var output = "Output"
    /// Runs before the good site is built (to mount a small disk, say).
    var prepare: (@Sendable (URL) throws -> Void)?
    /// Makes what the fixture folder cannot hold, after its files are laid over the site.
    var make: (@Sendable (URL) throws -> Void)?
    /// Undoes `prepare` (unmounts), also when the test fails.
    var cleanUp: (@Sendable (URL) -> Void)?

    var testDescription: String { name }

    /// A case whose files come from its fixture folder, and from `make` (the only closure, so
    /// a trailing closure is `make`).
    init(name: String, status: Int32, pages: [String: String] = [:], privileges: Privileges = .asIs,
         make: (@Sendable (URL) throws -> Void)? = nil) {
        self.name = name
        self.status = status
        self.pages = pages
        self.privileges = privileges
        self.make = make
    }

    /// A case that needs something set up before the good site is built, and undone after.
    init(name: String, status: Int32, output: String, prepare: @escaping @Sendable (URL) throws -> Void,
         make: @escaping @Sendable (URL) throws -> Void, cleanUp: @escaping @Sendable (URL) -> Void) {
        self.name = name
        self.status = status
        self.output = output
        self.prepare = prepare
        self.make = make
        self.cleanUp = cleanUp
    }

    static let fixtures = PackagePaths.fixtures("ZecheCLITests").appendingPathComponent("hostile")
}

/// How one `zeche` process ended and what it printed.
struct ProcessOutcome: Sendable, CustomStringConvertible {
    let reason: Process.TerminationReason
    let status: Int32
    let standardOutput: String
    let standardError: String

    var description: String {
        "\(reason == .exit ? "exit" : "signal") \(status)\nstderr:\n\(standardError)\nstdout:\n\(standardOutput)"
    }

    /// What the build printed, with its duration (`in 0.04 s`) written as `in #.## s`.
    var printed: String {
        let text = standardError + standardOutput
        guard let range = text.range(of: #" in [0-9]+\.[0-9][0-9] s "#, options: .regularExpression) else { return text }
        return text.replacingCharacters(in: range, with: " in #.## s ")
    }

    /// Runs `executable arguments…` in `folder`; output goes through files, so nothing blocks.
    static func run(_ executable: URL, _ arguments: [String], in folder: URL) throws -> ProcessOutcome {
        let capture = try TemporaryDirectory(prefix: "zeche-hostile-run")
        let outputFile = capture.url.appendingPathComponent("out"), errorFile = capture.url.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputFile), errors = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "NO_COLOR": "1", "LANG": "C.UTF-8"]
            .merging(ZecheRun.sanitizerOptions) { first, _ in first }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        return ProcessOutcome(
            reason: process.terminationReason, status: process.terminationStatus,
            standardOutput: String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self),
            standardError: String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self))
    }

    /// Runs the built `zeche` in `folder`.
    static func zeche(_ arguments: [String], in folder: URL, privileges: HostileSite.Privileges = .asIs) throws -> ProcessOutcome {
        switch privileges {
        case .asIs:
            return try run(PackagePaths.zecheExecutable(), arguments, in: folder)
        case .withoutFileOverride:
            guard let command = FileAccess.restrictedCommand else { return try run(PackagePaths.zecheExecutable(), arguments, in: folder) }
            return try run(command.executable, command.arguments + [PackagePaths.zecheExecutable().path] + arguments, in: folder)
        }
    }
}

/// Making files that a process cannot read or change, although the tests run as root here.
///
/// Root ignores file permissions through the capabilities CAP_DAC_OVERRIDE,
/// CAP_DAC_READ_SEARCH and CAP_FOWNER. `setpriv` (util-linux) runs `zeche` as root but
/// without them, in its bounding and inheritable sets, so that `chmod 000` and `chmod 555`
/// stop it as they stop any user. Not root: permissions apply anyway and `zeche` runs as is.
enum FileAccess {
    static let droppedCapabilities = "-dac_override,-dac_read_search,-fowner"

    /// `setpriv` and its arguments when the tests run as root; `nil` otherwise.
    static let restrictedCommand: (executable: URL, arguments: [String])? = {
        guard getuid() == 0, let setpriv = SiteCommandHarness.find("setpriv") ?? existing("/usr/bin/setpriv") else { return nil }
        return (setpriv, ["--bounding-set=\(droppedCapabilities)", "--inh-caps=\(droppedCapabilities)"])
    }()

    /// Whether permissions can be made to apply to `zeche`: not root, or root with a
    /// `setpriv` that may drop the capabilities here.
    static let canRestrict: Bool = {
        guard getuid() == 0 else { return true }
        guard let command = restrictedCommand,
              let folder = try? TemporaryDirectory(prefix: "zeche-setpriv"),
              FileManager.default.createFile(atPath: folder.url.appendingPathComponent("secret").path, contents: Data("x".utf8)),
              chmod(folder.url.appendingPathComponent("secret").path, 0) == 0,
              let probe = try? ProcessOutcome.run(command.executable, command.arguments + ["/bin/cat", "secret"], in: folder.url)
        else { return false }
        // The capabilities are gone when cat, as root, may not read a file of mode 000.
        return probe.reason == .exit && probe.status != 0
    }()

    private static func existing(_ path: String) -> URL? {
        FileManager.default.isExecutableFile(atPath: path) ? URL(fileURLWithPath: path) : nil
    }
}

/// A small tmpfs to fill up, for the full-disk case (`mount` needs root or CAP_SYS_ADMIN).
enum SmallDisk {
    /// Whether a tmpfs can be mounted here; tried once.
    static let canMount: Bool = {
        guard let folder = try? TemporaryDirectory(prefix: "zeche-mount-probe") else { return false }
        guard mount(at: folder.url, size: "1m") else { return false }
        unmount(folder.url)
        return true
    }()

    /// Mounts a tmpfs of `size` (`2m`) at `folder`; false when that is not permitted.
    @discardableResult
    static func mount(at folder: URL, size: String) -> Bool {
        let outcome = try? ProcessOutcome.run(URL(fileURLWithPath: "/bin/mount"),
                                              ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path], in: folder)
        return outcome?.reason == .exit && outcome?.status == 0
    }

    static func unmount(_ folder: URL) {
        _ = try? ProcessOutcome.run(URL(fileURLWithPath: "/bin/umount"), [folder.path], in: URL(fileURLWithPath: "/"))
    }
}

/// Writing files into a site for the cases that the fixture folder cannot hold.
extension URL {
    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    func write(_ data: Data, to path: String) throws {
        let file = appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: appendingPathComponent(path))
    }

    func makePipe(_ path: String) throws {
        guard mkfifo(appendingPathComponent(path).path, 0o644) == 0 else { throw POSIXError(.EEXIST) }
    }

    func link(_ path: String, to destination: String) throws {
        try FileManager.default.createDirectory(at: appendingPathComponent(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: appendingPathComponent(path).path, withDestinationPath: destination)
    }

    func setMode(_ path: String, _ mode: mode_t) {
        chmod(appendingPathComponent(path).path, mode)
    }
}
