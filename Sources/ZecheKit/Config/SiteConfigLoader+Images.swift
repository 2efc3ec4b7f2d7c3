/// The `images` group of `site.yml`.
extension SiteConfigLoader {
    static let imageKeys = ["require_credit", "share_image", "share_image_alt"]

    static func images(_ reader: inout MappingReader) -> ImageSettings {
        var settings = ImageSettings()
        guard let node = reader.node("images") else { return settings }
        var nested = MappingReader(node, path: reader.path, start: reader.location(of: node), what: "'images' group")
        settings.requiresCredit = nested.bool("require_credit") ?? false
        let alt = nested.string("share_image_alt")
        if let file = nested.string("share_image"), let fileNode = nested.node("share_image") {
            settings.shareImage = ConfigReference(id: file.trimmingWhitespace(), location: nested.location(of: fileNode))
            settings.shareImageAlt = alt
            if alt == nil || alt?.trimmingWhitespace().isEmpty == true {
                nested.error("the share image '\(file)' has no 'share_image_alt' text", at: fileNode,
                             fix: "describe the image for readers who cannot see it: share_image_alt: \"…\"")
            }
        }
        nested.warnAboutUnknownKeys(known: imageKeys, keptAs: nil)
        reader.append(nested.diagnostics)
        return settings
    }
}
