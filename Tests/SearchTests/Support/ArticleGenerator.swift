import Foundation
import Search

/// A small, deterministic newsroom archive for the search tests, in the spirit of the
/// benchmark corpus (`zeche-bench corpus`): German articles with some English ones, authors
/// with umlauts, tags, sections and categories, dates about 10.8 hours apart from
/// 2024-06-28 back. Article `innovationIndex` is about an "Innovationsschmiede", article
/// `englishIndex` is an English release note; no text but the author field names Müller.
struct ArticleGenerator {
    static let authors = ["Doreen Müller", "Carsten Weiß", "Jürgen Schäfer", "Anna Köhler", "Björn Gößling",
                          "Lena Hoffmann", "Thomas Krüger", "Katharina Groß"]
    static let sections = ["Pressemitteilungen", "Unternehmen", "Karriere", "Technik"]
    static let categories = ["Produkt", "Personal", "Nachhaltigkeit", "Veranstaltungen", "Finanzen"]
    static let tags = ["Digitalisierung", "Ruhrgebiet", "Start-ups", "Künstliche Intelligenz", "Cloud", "Datenschutz",
                      "Nachhaltigkeit", "Energiewende", "Fachkräfte", "Ausbildung", "IT-Sicherheit", "Rechenzentrum"]
    static let nouns = """
        Digitalisierung Wertschöpfung Ökosystem Hochschule Kundschaft Größenordnung Straße Geschäftsführung \
        Veränderung Führungskraft Qualität Überblick Ergebnis Lösung Plattform Meilenstein Schnittstelle Datenschutz \
        Sicherheit Öffentlichkeit Gespräch Austausch Erfahrung Maßnahme Abteilung Standort Region Märkte Strategie \
        Zusammenarbeit Förderung Wettbewerb Energie Wärmepumpe Rechenzentrum Innovation Anwendung Oberfläche \
        Geschäftsbericht Fachkräfte Gemeinschaft Vertrauen Kohle Stahl Zeche Förderturm Revier Hafen Lieferkette
        """.split(separator: " ").map(String.init)
    static let words = """
        und die der das den ein eine unser wir sie ist sind hat haben wird werden kann für über mit auf im in am \
        zum zur bei nach aus durch dass weil wenn als wie auch noch schon sehr mehr hier heute jetzt wieder \
        gemeinsam natürlich größer schneller besser neue wichtige regionale digitale entwickeln unterstützen \
        gestalten verändern wächst begleiten zeigen schaffen erklärt berichtet täglich nachhaltig spürbar
        """.split(separator: " ").map(String.init)
    static let english = """
        the and of to for with our team platform release releases released customers cloud data pipeline \
        deployment workflow growth product strategy people market launch feature roadmap security reliable faster
        """.split(separator: " ").map(String.init)

    static let innovationIndex = 500
    static let englishIndex = 300

    let count: Int

    func documents() -> [SearchDocument] {
        (0..<count).map(document)
    }

    /// The author of article `index`: Doreen Müller writes every seventh.
    static func author(of index: Int) -> String {
        index % 7 == 3 ? authors[0] : authors[1 + index % (authors.count - 1)]
    }

    static func url(of index: Int) -> String { "/artikel/\(index)/" }

    func document(_ index: Int) -> SearchDocument {
        var random = SplitMix(seed: UInt64(index) &* 0x9E37_79B9 &+ 11)
        let isEnglish = index == Self.englishIndex || index % 23 == 5
        let title: String
        if index == Self.innovationIndex {
            title = "Innovationsschmiede im Revier eröffnet"
        } else if index == Self.englishIndex {
            title = "Cloud Platform Release Notes"
        } else if isEnglish {
            title = "\(random.pick(Self.english).capitalized) \(random.pick(["Update", "Recap", "Notes"])): \(random.pick(Self.english))"
        } else {
            title = "\(random.pick(Self.nouns)) und \(random.pick(Self.nouns)): \(random.pick(["ein Rückblick", "neue Wege", "erste Ergebnisse"]))"
        }
        var body = (0..<random.int(8...14)).map { _ in sentence(&random, english: isEnglish) }.joined(separator: " ")
        if index == Self.innovationIndex {
            body = "In der neuen Innovationsschmiede arbeiten Teams aus dem Revier an Ideen. " + body
        }
        let tags = (0..<random.int(1...3)).map { _ in random.pick(Self.tags) }
        let seconds = 1_719_579_600 - index * 38_880
        return SearchDocument(
            id: "artikel-\(index)", url: Self.url(of: index), title: title,
            subtitle: random.int(0...3) == 0 ? sentence(&random, english: isEnglish) : "",
            summary: sentence(&random, english: isEnglish), bodyText: body, tags: Array(Set(tags)).sorted(),
            categories: [random.pick(Self.categories)], section: random.pick(Self.sections),
            authors: [Self.author(of: index)], date: Self.iso(seconds), language: isEnglish ? "en" : "de")
    }

    private func sentence(_ random: inout SplitMix, english: Bool) -> String {
        let words = (0..<random.int(6...14)).map { _ in
            english ? random.pick(Self.english) : random.int(0...2) == 0 ? random.pick(Self.nouns) : random.pick(Self.words)
        }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + "."
    }

    /// `seconds` since 1970 as an ISO date in UTC+2.
    static func iso(_ seconds: Int) -> String {
        let local = seconds + 7200
        let days = local / 86_400, rest = local % 86_400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468, era = z / 146_097, dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))+02:00"
    }
}

/// Sebastiano Vigna's SplitMix64: a fixed sequence per seed on every platform.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(0...(elements.count - 1))]
    }
}
