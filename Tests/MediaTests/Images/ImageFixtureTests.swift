import Foundation
@testable import Media
import Testing
import ZecheTestSupport

/// The golden tests: each fixture made by scripts/make-image-fixtures.sh reads as
/// expectations.tsv says, through both entry points.
@Suite struct ImageFixtureTests {
    @Test("Each fixture reads as its expectation says, from its bytes", arguments: try ImageExpectation.all())
    func readsFromBytes(_ expectation: ImageExpectation) throws {
        let bytes = [UInt8](try Data(contentsOf: expectation.url))
        let result = Result { () throws(ImageError) in
            try ImageInfo.read(bytes: bytes, fileExtension: expectation.url.pathExtension)
        }
        #expect(ImageExpectation.Outcome(result) == expectation.outcome)
    }

    @Test("Each fixture reads as its expectation says, from its file", arguments: try ImageExpectation.all())
    func readsFromFile(_ expectation: ImageExpectation) {
        let result = Result { () throws(ImageError) in try ImageInfo.read(contentsOf: expectation.url) }
        #expect(ImageExpectation.Outcome(result) == expectation.outcome)
    }

    @Test("Every fixture has an expectation, and every expectation a fixture")
    func everyFixtureIsListed() throws {
        let listed = Set(try ImageExpectation.all().map(\.path))
        var found: Set<String> = []
        let folder = ImageExpectation.folder
        for subfolder in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(subfolder).path, isDirectory: &isFolder),
                  isFolder.boolValue else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(subfolder).path) {
                found.insert("\(subfolder)/\(name)")
            }
        }
        #expect(found.subtracting(listed).sorted() == [])
        #expect(listed.subtracting(found).sorted() == [])
        #expect(listed.count >= 70)
    }

    @Test("A valid fixture reads the same without its extension, by its bytes alone", arguments: try ImageExpectation.valid())
    func readsWithoutExtension(_ expectation: ImageExpectation) throws {
        let bytes = [UInt8](try Data(contentsOf: expectation.url))
        let result = Result { () throws(ImageError) in try ImageInfo.read(bytes: bytes, fileExtension: nil) }
        #expect(ImageExpectation.Outcome(result) == expectation.outcome)
    }

    /// Every prefix of a real file is what a reader sees when a file was cut off, or when
    /// `read(contentsOf:)` has read only its start: it must say "truncated" or give the
    /// size of the whole file, never another size, another error, or a crash.
    @Test("Every prefix of a valid fixture reads as truncated or as the whole file", arguments: try ImageExpectation.valid())
    func everyPrefixIsTruncatedOrWhole(_ expectation: ImageExpectation) throws {
        let bytes = [UInt8](try Data(contentsOf: expectation.url))
        let fileExtension = expectation.url.pathExtension
        guard case .image(let format, _, _, _, _, _) = expectation.outcome else { return }
        var firstWhole: Int?
        for length in 0..<bytes.count {
            let result = Result { () throws(ImageError) in
                try ImageInfo.read(bytes: bytes[..<length], fileExtension: fileExtension, isWholeFile: false)
            }
            switch result {
            case .success:
                #expect(ImageExpectation.Outcome(result) == expectation.outcome, "prefix of \(length) bytes")
                firstWhole = firstWhole ?? length
            case .failure(let error):
                let allowed: [ImageError] = length == 0 ? [.empty] : [.truncated(format)]
                #expect(allowed.contains(error), "prefix of \(length) bytes: \(error)")
                #expect(firstWhole == nil, "prefix of \(length) bytes fails after a shorter one succeeded")
            }
        }
        // The header is near the start: the readers need the first few hundred bytes at most.
        #expect((firstWhole ?? bytes.count) <= 1024)
    }
}
