/// What the preview tells the open pages after a rebuild.
public enum LiveReloadEvent: Sendable, Equatable {
    /// The site changed: every page reloads. Clears the build errors.
    case reload
    /// Only stylesheets changed: pages swap their `<link rel="stylesheet">`s for fresh copies
    /// without reloading. Clears the build errors.
    case css
    /// The last build failed: pages show these diagnostics, one line each (such as
    /// `Content/posts/x.md:4:9: error: …`), in an overlay above the last good version. Pages
    /// loaded later show them too, until a `reload` or `css` event.
    case error([String])
    /// The editors' overview (`/_zeche/`) has new contents: only that page reloads.
    case overview
}
