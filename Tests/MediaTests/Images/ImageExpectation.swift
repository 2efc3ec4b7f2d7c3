import Foundation
import Media
import Testing
import ZecheTestSupport

/// One line of `Fixtures/expectations.tsv`: a fixture and what it must read as.
struct ImageExpectation: CustomTestStringConvertible, Sendable {
    enum Outcome: Equatable, Sendable {
        case image(format: ImageFormat, storedWidth: Int, storedHeight: Int, orientation: Int, width: Int, height: Int)
        case error(String)
    }

    let path: String
    let outcome: Outcome

    var testDescription: String { path }

    static let folder = PackagePaths.fixtures("MediaTests")

    var url: URL { Self.folder.appendingPathComponent(path) }

    /// Every line of the file; a line it cannot parse stops the tests that use it.
    static func all() throws -> [ImageExpectation] {
        let text = try String(contentsOf: folder.appendingPathComponent("expectations.tsv"), encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.count == 3, fields[1] == "error" {
                return ImageExpectation(path: fields[0], outcome: .error(fields[2]))
            }
            guard fields.count == 5, let format = ImageFormat(rawValue: fields[1]),
                  let stored = size(fields[2]), let orientation = Int(fields[3]), let shown = size(fields[4]) else {
                throw ExpectationError(line: String(line))
            }
            return ImageExpectation(path: fields[0], outcome: .image(
                format: format, storedWidth: stored.0, storedHeight: stored.1, orientation: orientation,
                width: shown.0, height: shown.1))
        }
    }

    static func valid() throws -> [ImageExpectation] {
        try all().filter { if case .image = $0.outcome { true } else { false } }
    }

    private static func size(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: "x").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    struct ExpectationError: Error, CustomStringConvertible {
        let line: String
        var description: String { "expectations.tsv: cannot read the line '\(line)'" }
    }
}

extension ImageExpectation.Outcome {
    /// The outcome that reading gave, in the terms of the expectations file.
    init(_ result: Result<ImageInfo, ImageError>) {
        switch result {
        case .success(let info):
            self = .image(format: info.format, storedWidth: info.storedWidth, storedHeight: info.storedHeight,
                          orientation: info.orientation.rawValue, width: info.width, height: info.height)
        case .failure(let error):
            self = .error(error.message)
        }
    }
}
