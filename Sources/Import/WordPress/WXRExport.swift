/// What Zeche takes from a WordPress export (WXR 1.1 or 1.2): the site, its authors, terms
/// and items.
struct WXRExport: Sendable {
    var title = ""
    var link = ""
    var description = ""
    var language = ""
    var baseSiteURL = ""
    var baseBlogURL = ""
    var version = ""
    var authors: [Author] = []
    var categories: [Term] = []
    var tags: [Term] = []
    var items: [Item] = []

    struct Author: Sendable, Hashable {
        var login = ""
        var email = ""
        var displayName = ""
        var firstName = ""
        var lastName = ""
    }

    struct Term: Sendable, Hashable {
        var slug = ""
        var name = ""
        var parent = ""
        var description = ""
    }

    /// A category or tag as an item names it.
    struct ItemTerm: Sendable, Hashable {
        /// `category`, `post_tag`, `post_format`, or a custom taxonomy.
        var domain: String
        var slug: String
        var name: String
    }

    struct Item: Sendable, Hashable {
        var title = ""
        var link = ""
        var creator = ""
        var guid = ""
        var content = ""
        var excerpt = ""
        var id = 0
        var date = ""
        var dateGMT = ""
        var modified = ""
        var modifiedGMT = ""
        var name = ""
        var status = ""
        var parent = 0
        var menuOrder = 0
        var type = ""
        var password = ""
        var isSticky = false
        var attachmentURL = ""
        var terms: [ItemTerm] = []
        var meta: [String: String] = [:]
        var commentCount = 0
        /// The line of the export where the item starts, for messages.
        var line = 0
    }
}
