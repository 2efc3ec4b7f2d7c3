public import Foundation

/// Where the pipeline puts the files of a run: the staging folder of `zeche build`, the memory
/// of `zeche serve`, or nowhere for `zeche check`. Called from several threads at once, each
/// call for another path.
public protocol OutputSink: Sendable {
    /// Writes `bytes` at `outputPath` (relative to the output folder, `2026/11/x/index.html`),
    /// creating its folders.
    func write(_ bytes: UnsafeRawBufferPointer, to outputPath: String) throws(OutputError)
    /// Copies the site's file at `source` to `outputPath`; `sourcePath` (site-relative) is how
    /// an error names it.
    func copy(from source: URL, sourcePath: String, to outputPath: String) throws(OutputError)
    /// Declares that `outputPath` has the same bytes as in the output of the previous build,
    /// which the build did not render again. The sink keeps that file as it is.
    func keep(_ outputPath: String) throws(OutputError)
    /// Keeps every file of `outputPaths` as `keep(_:)` does; returns the positions of those it
    /// could not keep (a file removed from the output by hand), which the caller makes anew.
    func keep(all outputPaths: [String]) -> [Int]
    /// How messages name the output as a whole (a full disk): `Output/`.
    var displayPath: String { get }
    /// Whether the files are kept: files that can show no mistake (the search index) are not
    /// made for a sink that keeps nothing.
    var keepsFiles: Bool { get }
}

extension OutputSink {
    public var displayPath: String { "Output/" }
    public var keepsFiles: Bool { true }

    public func keep(all outputPaths: [String]) -> [Int] { keepEach(outputPaths) }

    /// `keep(_:)` for every path, on all cores (a kept file may be a link to make).
    func keepEach(_ outputPaths: [String]) -> [Int] {
        let kept = Parallel.map(outputPaths.count) { index -> Bool in
            do throws(OutputError) {
                try keep(outputPaths[index])
                return true
            } catch {
                return false
            }
        }
        return kept.indices.filter { !kept[$0] }
    }
}

/// A sink that keeps nothing: `zeche check` renders every page to check it, and writes none.
public struct DiscardingSink: OutputSink {
    public init() {}
    public func write(_ bytes: UnsafeRawBufferPointer, to outputPath: String) throws(OutputError) {}
    public func copy(from source: URL, sourcePath: String, to outputPath: String) throws(OutputError) {}
    public func keep(_ outputPath: String) throws(OutputError) {}
    public var keepsFiles: Bool { false }
}
