import Foundation
import Markdown

/// Writes a benchmark site in Zeche's layout: N articles with German and some English prose,
/// section headings, lists, attributed quotes, tables, code and images, 20 authors, a few
/// shared images, tags with a skewed (Zipf-like) distribution and explicit related lists on a
/// third of the articles. Deterministic: the same N gives the same files, and the first
/// 1,000 articles of the 10,000 corpus are the 1,000 corpus.
struct CorpusGenerator {
    let count: Int
    let folder: URL

    static let authors: [(name: String, role: String, hashtags: [String])] = [
        ("Doreen Müller", "Marketing & Communications", ["marketing", "tech"]),
        ("Carsten Weiß", "CEO", ["ruhrgebiet", "startups"]), ("Jürgen Schäfer", "Leiter Rechenzentrum", ["cloud", "betrieb"]),
        ("Anna Köhler", "Software-Entwicklerin", ["swift", "opensource"]), ("Björn Gößling", "Head of Sales", ["vertrieb", "b2b"]),
        ("Sophie Brandt", "Personalreferentin", ["karriere", "ausbildung"]), ("Mehmet Yılmaz", "Product Owner", ["produkt", "ux"]),
        ("Lena Hoffmann", "Pressesprecherin", ["presse"]), ("Thomas Krüger", "CTO", ["architektur", "security"]),
        ("Katharina Groß", "Data Scientist", ["daten", "ki"]), ("Jan-Philipp Böhm", "Werkstudent", ["studium", "content"]),
        ("Fatma Demir", "Kundenservice", ["qualität"]), ("Lukas Schröder", "DevOps Engineer", ["kubernetes", "linux"]),
        ("Marie Lefèvre", "Partnerschaften", ["europa"]), ("Stefan Maßmann", "CFO", ["finanzen"]),
        ("Julia Özdemir", "UX Designerin", ["design", "barrierefreiheit"]), ("Niklas Bäumer", "Auszubildender", ["ausbildung"]),
        ("Sarah Kowalski", "Nachhaltigkeit", ["energie", "umwelt"]), ("Paul Weißenborn", "Events", ["messe"]),
        ("Elif Şahin", "Datenschutz", ["dsgvo", "recht"]),
    ]

    static let tags = [
        "Digitalisierung", "Ruhrgebiet", "Start-ups", "Künstliche Intelligenz", "Cloud", "Datenschutz", "Nachhaltigkeit",
        "Energiewende", "Mobilität", "Fachkräfte", "Ausbildung", "Karriere", "Unternehmenskultur", "Führung",
        "Produktentwicklung", "Kundenservice", "Vertrieb", "Marketing", "Kommunikation", "Öffentlichkeitsarbeit",
        "Veranstaltungen", "Messe", "Partnerschaften", "Investitionen", "Finanzen", "Quartalszahlen", "Nachwuchs",
        "Hochschulen", "Forschung", "Innovation", "Software", "Plattform", "Open Source", "IT-Sicherheit", "Rechenzentrum",
        "Logistik", "Handel", "E-Commerce", "Gesundheit", "Vereinbarkeit", "Familie", "Ehrenamt", "Sponsoring", "Region",
        "Europa", "Politik", "Förderung", "Wettbewerb", "Auszeichnungen", "Jubiläum", "Standort", "Büro", "Remote Work",
        "Diversität", "Umwelt", "Qualität", "Prozesse", "Automatisierung", "Daten", "Tech",
    ]

    static let nouns = """
        Digitalisierung Wertschöpfung Ökosystem Unternehmertum Zukunftsregion Hochschule Kundschaft Größenordnung Straße \
        Geschäftsführung Veränderung Führungskraft Qualität Überblick Ergebnis Lösung Plattform Meilenstein Schnittstelle \
        Datenschutz Verfügbarkeit Sicherheit Öffentlichkeit Gespräch Austausch Erfahrung Maßnahme Grundlage Abteilung \
        Standort Region Märkte Fähigkeit Entscheidung Strategie Zusammenarbeit Förderung Wettbewerb Energie Wärmepumpe \
        Rechenzentrum Innovation Anwendung Oberfläche Übergabe Geschäftsbericht Fachkräfte Gemeinschaft Vertrauen Kohle \
        Stahl Zeche Förderturm Revier Hafen Lieferkette Spaß Übersicht Rückmeldung Schlüssel Verantwortung
        """.split(separator: " ").map(String.init)

    static let words = """
        und die der das den dem des ein eine einen unser unsere wir sie es ist sind hat haben wird werden kann können muss \
        für über mit auf im in am zum zur bei nach vor aus durch ohne gegen zwischen dass weil wenn als wie auch noch schon \
        sehr mehr hier heute jetzt wieder bereits künftig gemeinsam natürlich außerdem größer schneller besser neue wichtige \
        regionale digitale entwickeln unterstützen gestalten verändern wächst begleiten zeigen schaffen erklärt berichtet \
        ermöglicht führt prüfen öffnen verknüpfen gewinnen lernen teilen planen liefern stärken fördern vernetzen täglich \
        jährlich pünktlich zuverlässig nachhaltig ungewöhnlich pfiffig enorm spürbar
        """.split(separator: " ").map(String.init)

    static let english = """
        the and of to for with our team platform release customers cloud data pipeline deployment workflow growth product \
        strategy people market launch feature roadmap performance security reliable faster better new open across every \
        build ship learn improve measure support partners community digital future region innovation
        """.split(separator: " ").map(String.init)

    static let images = ["foerderturm", "team-offsite", "messestand", "hochschule", "rechenzentrum", "workshop",
                         "sommerfest", "serverraum", "zeche-zollverein", "hafen"]

    func write() throws {
        let files = FileManager.default
        for folder in ["Content/posts", "Content/authors", "Content/images"] {
            try files.createDirectory(at: self.folder.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let jpeg = Data(Self.tinyJPEG)
        for image in Self.images {
            try jpeg.write(to: folder.appendingPathComponent("Content/images/\(image).jpg"))
        }
        for (index, author) in Self.authors.enumerated() {
            var random = SplitMix(seed: UInt64(10_000 + index))
            let bio = "\(author.name.split(separator: " ")[0]) ist \(author.role) bei *Q.One*. " + sentences(3, &random)
            let text = "---\nname: \"\(author.name)\"\nrole: \"\(author.role)\"\nhashtags: [\(author.hashtags.joined(separator: ", "))]\n---\n\n\(bio)\n"
            try text.write(to: folder.appendingPathComponent("Content/authors/\(Slug.make(author.name)).md"), atomically: false, encoding: .utf8)
        }
        var slugs: [(slug: String, tags: [String])] = []
        var seen: Set<String> = []
        let weights = Self.tags.indices.map { 1.0 / pow(Double($0 + 1), 0.8) }
        let authorWeights = Self.authors.indices.map { 1.0 / pow(Double($0 + 1), 0.6) }
        for index in 0..<count {
            var random = SplitMix(seed: UInt64(index) &* 0x9E37_79B9 &+ 7)
            let title = self.title(&random)
            var slug = String(Slug.make(title).prefix(60))
            while slug.hasSuffix("-") { slug.removeLast() }
            var unique = slug, number = 2
            while seen.contains(unique) { unique = "\(slug)-\(number)"; number += 1 }
            seen.insert(unique)
            // Newest first, about 10.8 hours apart, from 2024-06-28 back.
            let seconds = 1_719_586_800 - index * 38_880 + random.int(-3600...3600)
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            var tags: [String] = []
            for _ in 0..<random.int(2...5) {
                let tag = Self.tags[random.weighted(weights)]
                if !tags.contains(tag) { tags.append(tag) }
            }
            let author = Slug.make(Self.authors[random.weighted(authorWeights)].name)
            var related: [String] = []
            if !slugs.isEmpty, random.int(0...99) < 33 {
                let window = slugs.suffix(200)
                let sharing = window.filter { !Set($0.tags).isDisjoint(with: tags) }.map(\.slug)
                let pool = sharing.isEmpty ? window.map(\.slug) : sharing
                for _ in 0..<min(pool.count, random.int(1...3)) {
                    let pick = pool[random.int(0...(pool.count - 1))]
                    if !related.contains(pick) { related.append(pick) }
                }
            }
            slugs.append((unique, tags))
            let day = Self.day(date)
            var frontMatter = "---\ntitle: \"\(title)\"\ndate: \(Self.iso(date))\nauthor: \(author)\n"
            frontMatter += "tags: [\(tags.map { "\"\($0)\"" }.joined(separator: ", "))]\n"
            frontMatter += "summary: \"\(sentences(1, &random))\"\n"
            if !related.isEmpty { frontMatter += "related: [\(related.joined(separator: ", "))]\n" }
            frontMatter += "---\n\n"
            let text = frontMatter + body(&random)
            try text.write(to: folder.appendingPathComponent("Content/posts/\(day)-\(unique).md"), atomically: false, encoding: .utf8)
        }
        let site = """
            title: Q.One Newsroom
            description: Neuigkeiten aus dem Revier – Benchmark-Korpus von Zeche.
            url: https://news.example.com/
            menus:
              main:
                - title: Newsroom
                  url: /
                - title: Themen
                  url: /tags/
              footer: []

            """
        try site.write(to: folder.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
    }

    private func title(_ random: inout SplitMix) -> String {
        let first = random.pick(Self.nouns), second = random.pick(Self.nouns)
        switch random.int(0...5) {
        case 0: return "\(first): Meilenstein \(random.int(1...9)) ist geschafft"
        case 1: return "Wie das Ruhrgebiet zur \(first) wird"
        case 2: return "\(first) und \(second): was jetzt zählt"
        case 3: return "Austausch zu den Chancen der \(first)"
        case 4: return "Potenzialstudie: \(first) wächst"
        default: return "Q.One nutzt \(first) von \(random.pick(["Amazon Web Services", "Hetzner", "IONOS"]))"
        }
    }

    private func sentence(_ random: inout SplitMix) -> String {
        let english = random.int(0...9) == 0
        var words = (0..<random.int(6...18)).map { _ in
            english ? random.pick(Self.english) : (random.int(0...9) < 3 ? random.pick(Self.nouns) : random.pick(Self.words))
        }
        if random.int(0...9) == 0, words.count > 3 { words[1] = "„" + words[1]; words[3] += "“" }
        words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
        return words.joined(separator: " ") + "."
    }

    private func sentences(_ count: Int, _ random: inout SplitMix) -> String {
        (0..<count).map { _ in sentence(&random) }.joined(separator: " ")
    }

    private func paragraph(_ random: inout SplitMix) -> String {
        var text = sentences(random.int(3...8), &random)
        if random.int(0...3) == 0 {
            text += " Mehr dazu [bei unseren Partnern](https://www.example.com/\(Slug.make(random.pick(Self.nouns))))."
        }
        if random.int(0...4) == 0 { text += " Das ist **\(random.pick(Self.nouns))** und *\(random.pick(Self.words))*." }
        return text
    }

    private func body(_ random: inout SplitMix) -> String {
        var blocks = [paragraph(&random), paragraph(&random)]
        for _ in 0..<random.int(3...6) {
            blocks.append("## \(random.pick(Self.nouns)) für \(random.pick(["alle", "das Revier", "unsere Kundschaft", "Europa"]))")
            for _ in 0..<random.int(1...3) { blocks.append(paragraph(&random)) }
            switch random.int(0...7) {
            case 0: blocks.append((0..<random.int(3...5)).map { _ in "- " + sentence(&random) }.joined(separator: "\n"))
            case 1: blocks.append((1...random.int(3...5)).map { "\($0). " + sentence(&random) }.joined(separator: "\n"))
            case 2: blocks.append("> „\(sentence(&random))“\n>\n> — \(random.pick(Self.authors).name)")
            case 3:
                blocks.append("| Kennzahl | 2023 | 2024 |\n|---|---:|---:|\n" + (0..<4).map { _ in
                    "| \(random.pick(Self.nouns)) | \(random.int(10...999)) | \(random.int(10...999)) |"
                }.joined(separator: "\n"))
            case 4: blocks.append("```swift\nlet größe = artikel.filter { $0.tags.contains(\"Cloud\") }.count\nprint(größe)\n```")
            case 5: blocks.append("![\(sentence(&random).dropLast())](../images/\(random.pick(Self.images)).jpg)")
            default: break
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    static func iso(_ date: Date) -> String {
        let site = SiteTime(date)
        return "\(site.day)T\(site.time)+0\(site.offsetHours):00"
    }

    static func day(_ date: Date) -> String { SiteTime(date).day }

    /// The wall-clock time in Berlin (CET/CEST, by the EU rule) of a date.
    struct SiteTime {
        let day: String
        let time: String
        let offsetHours: Int

        init(_ date: Date) {
            let zone = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current
            let offset = zone.secondsFromGMT(for: date)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
            day = "\(parts.year ?? 2024)-\(two(parts.month))-\(two(parts.day))"
            time = "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
            offsetHours = offset / 3600
        }
    }

    /// An 8×6 baseline JPEG; every image of the corpus has these bytes.
    static let tinyJPEG: [UInt8] = {
        let hex = "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080006000801011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00f9fe8a28a00fffd9"
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }()
}

/// A small, fast, seeded random number generator (SplitMix64), so corpora are reproducible.
struct SplitMix {
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
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = Double(next() % 1_000_000) / 1_000_000 * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return index }
        }
        return weights.count - 1
    }
}
