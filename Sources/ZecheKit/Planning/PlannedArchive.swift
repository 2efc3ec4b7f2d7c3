/// The ZIP archive of an album of the press kit: written by Zeche from the album's files,
/// stored, in the album's order, each entry dated with the album's date.
struct PlannedArchive: Sendable, Hashable {
    let albumID: String
    let address: PageAddress
    /// Entry name (`vorstand/portrait.jpg`) and the site file it holds.
    let entries: [Entry]
    let date: SiteDate?

    struct Entry: Sendable, Hashable {
        let name: String
        let sourcePath: String
    }
}
