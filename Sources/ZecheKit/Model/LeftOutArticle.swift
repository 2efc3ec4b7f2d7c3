/// An article file that a build leaves out, and why: so that nothing is left out silently.
public struct LeftOutArticle: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// `draft: true`, and the build does not include drafts.
        case draft
        /// Dated after the build's moment, and the build does not include future articles.
        case scheduled(SiteDate)
        /// Its front matter has errors that leave nothing to build; they are reported.
        case failed
        /// Under embargo until the moment; its private page's absolute URL when the build has
        /// a key (`ZECHE_EMBARGO_KEY`). Neither `--future` nor `--drafts` publishes it.
        case embargoed(until: SiteDate, privateURL: String?)
    }

    /// The file, relative to the site folder.
    public let sourcePath: String
    /// The title, where the front matter could be read.
    public let title: String?
    public let reason: Reason

    /// Why the article is left out, for the preview's console: "a draft".
    public var explanationForEditors: String {
        switch reason {
        case .draft: "a draft"
        case .scheduled(let date): "scheduled for \(date.dayString) \(date.timeString)"
        case .embargoed(let until, _): "under embargo until \(until.dayString) \(until.timeString)"
        case .failed: ""
        }
    }

    /// Why the article is left out, as messages about links to it say it.
    var explanation: String {
        switch reason {
        case .draft: "a draft (build with --drafts to include it)"
        case .scheduled(let date): "dated in the future, \(date.dayString) (build with --future to include it)"
        case .failed: ""
        case .embargoed(let until, _): "under embargo until \(until.dayString) \(until.timeString)"
        }
    }
}
