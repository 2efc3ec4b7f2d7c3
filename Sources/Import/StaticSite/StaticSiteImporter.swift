public import Foundation

/// Turns the folder of a Jekyll or Hugo site into the files of a Zeche site.
public struct StaticSiteImporter: Sendable {
    public enum Kind: Sendable {
        case jekyll
        case hugo
    }

    public let kind: Kind

    public init(kind: Kind) {
        self.kind = kind
    }

    public func plan(folder: URL, displayPath: String) throws(ImportError) -> ImportPlan {
        throw .cannotRead(path: displayPath, reason: "not yet")
    }
}
