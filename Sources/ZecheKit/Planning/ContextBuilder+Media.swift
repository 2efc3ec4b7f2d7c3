import Mustache

/// The roots of the press kit's pages.
extension ContextBuilder {
    /// `albums` on the overview; `album` on an album's page, whose first image stands for it in
    /// link previews when platforms show it.
    func mediaContext(for job: RenderJob, into root: inout TemplateObject) {
        let strings = site.strings
        switch job.kind {
        case .media:
            root["albums"] = .array(media.albums)
            root["meta"] = meta(title: strings["press_kit"], description: site.config.description, url: job.url, type: "website")
        case .album(let index):
            let album = site.pictures.albums[index]
            root["album"] = media.albumByID[album.id] ?? .null
            let shareable = album.files.first { $0.image?.isShareable == true }
            let share = shareable.map { file in
                (SiteImage(url: file.address.url, sourcePath: file.sourcePath, facts: file.image), file.alt)
            }
            root["meta"] = meta(title: album.title, description: album.description, url: job.url, type: "website", share: share)
        default:
            break
        }
    }
}
