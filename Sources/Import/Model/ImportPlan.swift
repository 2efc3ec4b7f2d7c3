public import Foundation

/// Everything an import writes into a site folder, worked out before anything is written.
public struct ImportPlan: Sendable {
    /// The Markdown files, by site-relative path.
    public var documents: [ImportedDocument] = []
    /// Files copied as they are (images from an uploads folder or a bundle).
    public var copies: [FileCopy] = []
    /// Other files, such as the manifest of images to fetch: site-relative path → text.
    public var textFiles: [String: String] = [:]
    /// Files given as bytes, such as the theme of a new site: site-relative path → contents.
    public var binaryFiles: [String: Data] = [:]
    /// The site's title, address and language as the source knew them, for a new `site.yml`.
    public var siteTitle: String?
    public var siteURL: String?
    public var siteDescription: String?
    public var siteLanguage: String?
    /// The pages for the footer menu of a new site (site-relative paths): the top-level ones.
    public var menuPages: [String] = []
    public var report = ImportReport()

    public init() {}

    /// A file to copy: from a path on disk to a site-relative path.
    public struct FileCopy: Sendable, Hashable {
        public var source: URL
        public var path: String

        public init(source: URL, path: String) {
            self.source = source
            self.path = path
        }
    }

    /// Every site-relative path the plan writes, sorted.
    public var paths: [String] {
        (documents.map(\.path) + copies.map(\.path) + textFiles.keys + binaryFiles.keys).sorted()
    }

    /// Adds the review notes of every document to the report, sorted. Headings moved up
    /// need no human: they are counted instead.
    public mutating func collectNotes() {
        var notes = report.notes
        for note in documents.flatMap(\.reviewNotes) {
            if note.message.hasPrefix(HeadingLevels.notePrefix) {
                report.count("files whose headings now start at ##")
            } else {
                notes.append(note)
            }
        }
        report.notes = notes.sorted()
    }
}
