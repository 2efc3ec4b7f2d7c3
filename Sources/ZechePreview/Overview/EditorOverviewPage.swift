import Foundation
import ZecheKit

/// The editors' overview of the preview at `/_zeche/`: every article with its state (published,
/// draft, scheduled, not built for its errors), date, authors and mistakes, newest change
/// first. A page of its own, not of the site's theme, so that it works whatever the theme.
struct EditorOverviewPage {
    static let path = "/_zeche/index.html"

    let overview: ArticleOverview
    let siteTitle: String

    var html: [UInt8] {
        let text = Texts(language: overview.language)
        let entries = overview.entries
        var rows = ""
        rows.reserveCapacity(entries.count * 300)
        for entry in entries { rows += row(entry, text: text) }
        var counts: [String] = []
        let published = entries.filter { $0.state == .published }.count
        let drafts = entries.filter { $0.state == .draft }.count
        let failed = entries.filter { $0.state == .failed }.count
        let scheduled = entries.count - published - drafts - failed
        for (count, name) in [(published, text.published), (drafts, text.drafts), (scheduled, text.scheduled), (failed, text.failed)]
        where count > 0 {
            counts.append("\(count) \(name)")
        }
        var others = ""
        if !overview.otherDiagnostics.isEmpty {
            let items = overview.otherDiagnostics.map(item).joined()
            others = "<h2>\(text.otherMistakes)</h2>\n<ul class=\"others\">\(items)</ul>\n"
        }
        return Array("""
            <!DOCTYPE html>
            <html lang="\(overview.language)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(escape(text.title)) – \(escape(siteTitle))</title>
            <style>
            body { font: 15px/1.45 system-ui, sans-serif; margin: 0; padding: 1.5rem; color: #1b1f24; background: #fff; }
            h1 { font-size: 1.4rem; margin: 0 0 .25rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
            .summary { color: #4a5058; margin: 0 0 1.25rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid #dde1e6; }
            th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: #4a5058; }
            .state { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; font-weight: 600; white-space: nowrap; }
            .published { background: #e3f5e8; color: #145a2a; } .draft { background: #fff4d6; color: #5c3d00; }
            .scheduled, .embargoed { background: #e3efff; color: #0b3a75; } .failed { background: #fde7e7; color: #8a1c1c; }
            .file { font: .8rem ui-monospace, monospace; color: #4a5058; word-break: break-all; }
            ul { margin: .25rem 0 0; padding-left: 1.1rem; } li.error { color: #8a1c1c; } li.warning { color: #5c3d00; }
            a { color: #0b4fa8; }
            </style>
            </head>
            <body>
            <main>
            <h1>\(escape(text.title))</h1>
            <p class="summary">\(escape(siteTitle)): \(escape(counts.joined(separator: " · "))). \(escape(text.order))</p>
            \(others)<table>
            <thead><tr><th>\(text.state)</th><th>\(text.article)</th><th>\(text.date)</th><th>\(text.authors)</th><th>\(text.mistakes)</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </main>
            </body>
            </html>

            """.utf8)
    }

    private func row(_ entry: ArticleOverview.Entry, text: Texts) -> String {
        let (kind, label): (String, String) = switch entry.state {
        case .published: ("published", text.statePublished)
        case .draft: ("draft", text.stateDraft)
        case .scheduled(let date): ("scheduled", "\(text.stateScheduled) \(date.dayString) \(date.timeString)")
        case .embargoed(let until): ("embargoed", "\(text.stateEmbargoed) \(until.dayString) \(until.timeString)")
        case .failed: ("failed", text.stateFailed)
        }
        let title = escape(entry.title ?? entry.path)
        let linked = entry.url.map { "<a href=\"\(escape($0))\">\(title)</a>" } ?? title
        let mistakes = (entry.errors + entry.warnings).map(item).joined()
        return "<tr><td><span class=\"state \(kind)\">\(escape(label))</span></td>"
            + "<td>\(linked)<div class=\"file\">\(escape(entry.path))</div></td>"
            + "<td>\(entry.date.map { escape($0.dayString) } ?? "")</td>"
            + "<td>\(escape(entry.authors.joined(separator: ", ")))</td>"
            + "<td>\(mistakes.isEmpty ? "" : "<ul>\(mistakes)</ul>")</td></tr>\n"
    }

    private func item(_ diagnostic: Diagnostic) -> String {
        let kind = diagnostic.isError ? "error" : "warning"
        return "<li class=\"\(kind)\">\(escape(diagnostic.headline))</li>"
    }

    private func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// The page's words in German or English.
    struct Texts {
        let title, published, drafts, scheduled, failed, order, otherMistakes: String
        let state, article, date, authors, mistakes: String
        let statePublished, stateDraft, stateScheduled, stateEmbargoed, stateFailed: String

        init(language: String) {
            if language == "de" {
                (title, published, drafts, scheduled, failed) = ("Alle Artikel", "veröffentlicht", "Entwürfe", "geplant", "mit Fehlern nicht gebaut")
                (order, otherMistakes) = ("Zuletzt geänderte zuerst.", "Fehler außerhalb der Artikel")
                (state, article, date, authors, mistakes) = ("Status", "Artikel", "Datum", "Autorinnen und Autoren", "Fehler und Warnungen")
                (statePublished, stateDraft, stateScheduled, stateEmbargoed, stateFailed) = ("Veröffentlicht", "Entwurf", "Geplant für", "Sperrfrist bis", "Fehler")
            } else {
                (title, published, drafts, scheduled, failed) = ("All articles", "published", "drafts", "scheduled", "not built for their errors")
                (order, otherMistakes) = ("Last changed first.", "Mistakes outside the articles")
                (state, article, date, authors, mistakes) = ("State", "Article", "Date", "Authors", "Errors and warnings")
                (statePublished, stateDraft, stateScheduled, stateEmbargoed, stateFailed) = ("Published", "Draft", "Scheduled for", "Under embargo until", "Errors")
            }
        }
    }
}
