/// The published output a staging folder is compared with, and how the folder relates to it.
struct PreviousOutput: Sendable {
    /// The published tree's path, if there is one.
    let live: String?
    /// Its files as the manifest records them; empty without a trusted manifest, and then
    /// every file is written.
    let files: [String: OutputManifest.Entry]
    /// Whether the staging folder is the previous generation of the site, updated in place:
    /// then it already shares every file with the published tree except at `differing`.
    /// Otherwise it started empty.
    let updatesInPlace: Bool
    /// In place: the paths at which the staging folder differs from the published tree.
    let differing: Set<String>
    /// Whether the published tree becomes the previous generation after the swap: it is
    /// recorded by a trusted manifest, nobody added files at its top, and folders can be
    /// exchanged. Otherwise it is removed after the swap, as a full build does.
    let becomesPrevious: Bool

    static let none = PreviousOutput(live: nil, files: [:], updatesInPlace: false, differing: [], becomesPrevious: false)
}
