import Foundation

/// The words of the theme's interface in the site's language ("Ähnliche Artikel", "Zurück"),
/// built in for German and English and overridable per language in `Templates/i18n/LANG.yml`.
///
/// Templates see them as `t.KEY`. Strings with placeholders (`{count}`) are filled in by
/// Zeche, which hands templates the finished text in fields such as `article.reading_time`.
public struct InterfaceStrings: Sendable {
    public private(set) var strings: [String: String]
    /// Month names, January first.
    public private(set) var months: [String]
    /// How a date is written: `{day}`, `{month}` (name), `{month_number}` and `{year}`.
    public private(set) var dateFormat: String
    public let thousandsSeparator: String
    /// Whether Zeche has texts of its own for the language (German and English); any other
    /// language starts from the English ones and needs `Templates/i18n/LANG.yml`.
    public let hasBuiltInTexts: Bool
    /// The keys a string file replaced (`months` and `date_format` included).
    private(set) var replacedKeys: Set<String> = []

    /// The built-in strings for `language` (German for `de`, English for anything else).
    public init(language: String) {
        hasBuiltInTexts = ["de", "en"].contains(LanguageTag.primaryLanguage(of: language))
        if LanguageTag.primaryLanguage(of: language) == "de" {
            strings = Self.german
            months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
            dateFormat = "{day}. {month} {year}"
            thousandsSeparator = "."
        } else {
            strings = Self.english
            months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            dateFormat = "{month} {day}, {year}"
            thousandsSeparator = ","
        }
    }

    /// Every key a theme may use, for checking override files.
    public static var knownKeys: Set<String> { Set(german.keys).union(["months", "date_format"]) }

    /// Replaces a string by key; returns `false` for an unknown key.
    public mutating func override(_ key: String, with value: String) -> Bool {
        guard strings[key] != nil else { return false }
        strings[key] = value
        replacedKeys.insert(key)
        return true
    }

    public mutating func overrideMonths(_ names: [String]) {
        months = names
        replacedKeys.insert("months")
    }

    public mutating func overrideDateFormat(_ format: String) {
        dateFormat = format
        replacedKeys.insert("date_format")
    }

    public subscript(key: String) -> String { strings[key] ?? key }

    /// A string with its `{name}` placeholders filled in.
    public func format(_ key: String, _ values: [String: String]) -> String {
        Self.fill(self[key]) { values[String($0)] }
    }

    /// A date as the language writes it: `24. November 2026`, `November 24, 2026`.
    public func format(_ date: SiteDate) -> String {
        Self.fill(dateFormat) { name in
            switch name {
            case "day": String(date.day)
            case "month": months[date.month - 1]
            case "month_number": String(date.month)
            case "year": String(date.year)
            default: nil
            }
        }
    }

    /// Replaces each `{name}` in `template` for which `value` has text; leaves the others.
    /// Runs once per article and page, so it walks the text itself instead of searching it
    /// once per placeholder.
    static func fill(_ template: String, _ value: (Substring) -> String?) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var output = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            output += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            output += value(name) ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    /// A file size as people read it, in the language's numbers: `812 Bytes`, `245 KB`,
    /// `1,2 MB` (units of 1000 bytes, as file managers show them).
    public func format(byteCount: Int) -> String {
        guard byteCount >= 1000 else { return format("bytes", ["count": format(byteCount)]) }
        let kilobytes = Int((Double(byteCount) / 1000).rounded())
        if kilobytes < 1000 { return format(kilobytes) + " KB" }
        let decimal = thousandsSeparator == "." ? "," : "."
        var tenths = Int((Double(byteCount) / 100_000).rounded())
        var unit = "MB"
        if tenths >= 10_000 {
            tenths = Int((Double(byteCount) / 100_000_000).rounded())
            unit = "GB"
        }
        // One decimal under 100, whole numbers above.
        return (tenths >= 1000 ? format(tenths / 10) : "\(tenths / 10)\(decimal)\(tenths % 10)") + " " + unit
    }

    /// An integer with the language's thousands separator: `12.345`, `12,345`.
    public func format(_ number: Int) -> String {
        let digits = String(abs(number))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += thousandsSeparator }
            grouped.append(digit)
        }
        return number < 0 ? "-" + grouped : grouped
    }

    static let german: [String: String] = [
        "about_publisher": "Über {publisher}",
        "all_categories": "Alle Kategorien",
        "categories": "Kategorien",
        "contact_email": "E-Mail",
        "contact_phone": "Telefon",
        "dateline": "{place}, {date} –",
        "embargo_until": "Sperrfrist: {date}, {time} Uhr. Diese Seite ist nicht öffentlich; bitte veröffentlichen Sie ihren Inhalt nicht vor diesem Zeitpunkt.",
        "languages": "Sprachen",
        "language_name": "Deutsch",
        "no_articles": "Hier gibt es noch keine Artikel.",
        "press_contact": "Pressekontakt",
        "press_contacts": "Pressekontakte",
        "save_contact": "Kontakt speichern (vCard)",
        "show_all": "Alle anzeigen",
        "articles": "Artikel",
        "article_count_one": "1 Artikel",
        "article_count_other": "{count} Artikel",
        "articles_by": "Artikel von {name}",
        "articles_tagged": "Artikel zum Thema {tag}",
        "authors": "Autorinnen und Autoren",
        "back": "Zurück",
        "and": "und",
        "status_draft": "Entwurf",
        "status_scheduled": "Geplant für {date}",
        "moved": "Diese Seite ist umgezogen",
        "back_to_overview": "Zurück zur Übersicht",
        "by": "von",
        "contents": "Inhalt",
        "copy_link": "Link kopieren",
        "feed": "Feed abonnieren",
        "footnote_back": "Zurück zum Text",
        "footnotes": "Fußnoten",
        "footer_navigation": "Rechtliches",
        "home": "Startseite",
        "latest_articles": "Neueste Artikel",
        "link_copied": "Link kopiert",
        "main_navigation": "Hauptnavigation",
        "newer_articles": "Neuere Artikel",
        "next_article": "Nächster Artikel",
        "not_found_text": "Diese Seite gibt es nicht oder nicht mehr. Vielleicht finden Sie auf der Startseite, was Sie suchen.",
        "not_found_title": "Seite nicht gefunden",
        "older_articles": "Ältere Artikel",
        "page_of": "Seite {page} von {pages}",
        "pagination": "Seitennavigation",
        "previous_article": "Vorheriger Artikel",
        "published": "Veröffentlicht am",
        "reading_time": "{minutes} Min. Lesezeit",
        "related_articles": "Ähnliche Artikel",
        "share_email": "E-Mail",
        "share_on": "Teilen auf",
        "share_via": "Teilen per",
        "skip_to_content": "Zum Inhalt springen",
        "search": "Suche",
        "search_label": "Suchbegriff",
        "search_button": "Suchen",
        "search_no_script": "Die Suche braucht JavaScript. Ohne JavaScript finden Sie Artikel über ihre Themen:",
        "tags": "Themen",
        "all_tags": "Alle Themen",
        "updated": "Aktualisiert am",
        "written_by": "Geschrieben von",
        "press_kit": "Pressematerial",
        "all_albums": "Alle Alben",
        "download": "Herunterladen",
        "download_all": "Alle Dateien als ZIP",
        "licence": "Lizenz",
        "credit": "Bildnachweis",
        "file_count_one": "1 Datei",
        "file_count_other": "{count} Dateien",
        "pixels": "{width} × {height} Pixel",
        "bytes": "{count} Bytes",
    ]

    static let english: [String: String] = [
        "about_publisher": "About {publisher}",
        "all_categories": "All categories",
        "categories": "Categories",
        "contact_email": "Email",
        "contact_phone": "Phone",
        "dateline": "{place}, {date} —",
        "embargo_until": "Embargoed until {date}, {time}. This page is not public; please do not publish its content before then.",
        "languages": "Languages",
        "language_name": "English",
        "no_articles": "No articles yet.",
        "press_contact": "Press contact",
        "press_contacts": "Press contacts",
        "save_contact": "Save contact (vCard)",
        "show_all": "Show all",
        "articles": "Articles",
        "article_count_one": "1 article",
        "article_count_other": "{count} articles",
        "articles_by": "Articles by {name}",
        "articles_tagged": "Articles about {tag}",
        "authors": "Authors",
        "back": "Back",
        "and": "and",
        "status_draft": "Draft",
        "status_scheduled": "Scheduled for {date}",
        "moved": "This page has moved",
        "back_to_overview": "Back to the overview",
        "by": "by",
        "contents": "Contents",
        "copy_link": "Copy link",
        "feed": "Subscribe to the feed",
        "footnote_back": "Back to the text",
        "footnotes": "Footnotes",
        "footer_navigation": "Legal",
        "home": "Home",
        "latest_articles": "Latest articles",
        "link_copied": "Link copied",
        "main_navigation": "Main navigation",
        "newer_articles": "Newer articles",
        "next_article": "Next article",
        "not_found_text": "This page does not exist or no longer exists. The home page may have what you are looking for.",
        "not_found_title": "Page not found",
        "older_articles": "Older articles",
        "page_of": "Page {page} of {pages}",
        "pagination": "Pagination",
        "previous_article": "Previous article",
        "published": "Published",
        "reading_time": "{minutes} min read",
        "related_articles": "Related articles",
        "share_email": "Email",
        "share_on": "Share on",
        "share_via": "Share via",
        "skip_to_content": "Skip to content",
        "search": "Search",
        "search_label": "Search term",
        "search_button": "Search",
        "search_no_script": "Search needs JavaScript. Without it, you can find articles by their topics:",
        "tags": "Topics",
        "all_tags": "All topics",
        "updated": "Updated",
        "written_by": "Written by",
        "press_kit": "Press kit",
        "all_albums": "All albums",
        "download": "Download",
        "download_all": "All files as ZIP",
        "licence": "Licence",
        "credit": "Credit",
        "file_count_one": "1 file",
        "file_count_other": "{count} files",
        "pixels": "{width} × {height} pixels",
        "bytes": "{count} bytes",
    ]
}
