import Foundation
import Testing
import ZecheTestSupport

/// One fixture file of `Tests/FrontMatterTests/Fixtures/<folder>/`, named without extension.
struct Fixture: CustomTestStringConvertible, Sendable {
    let folder: String
    let name: String

    var testDescription: String { name }

    /// The fixtures of `folder`, sorted by name.
    static func all(in folder: String) -> [Fixture] {
        let url = PackagePaths.fixtures("FrontMatterTests").appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".yml") }.sorted().map {
            Fixture(folder: folder, name: String($0.dropLast(4)))
        }
    }

    /// The text of the fixture file with `extension`, decoded as UTF-8 without dropping a
    /// byte order mark or changing line ends.
    func read(_ extension: String) throws -> String {
        let url = PackagePaths.fixtures("FrontMatterTests")
            .appendingPathComponent(folder).appendingPathComponent("\(name).\(`extension`)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}
