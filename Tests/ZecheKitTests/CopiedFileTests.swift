import Foundation
import Testing
@testable import ZecheKit
import ZecheTestSupport

/// Files of `Content/` that are copied as they are: only the types a newsroom publishes, and
/// SVG pictures only when they cannot run scripts or load anything from elsewhere.
struct CopiedFileTests {
    static let refusedTypeFix = "fix: remove it, or save it in one of the published types (images, PDF, office documents, audio, video, archives; "
        + "see SECURITY.md); scripts, HTML and stylesheets belong to the theme in Templates/assets/"

    @Test("Files that could run scripts under the site's origin are refused at their paths, in Content/images/ and in bundles", arguments: [
        ("Content/images/angriff.html", "a '.html' file"),
        ("Content/images/skript.js", "a '.js' file"),
        ("Content/images/stil.css", "a '.css' file"),
        ("Content/images/seite.xhtml", "a '.xhtml' file"),
        ("Content/images/bild.svgz", "a '.svgz' file"),
        ("Content/images/notiz.md", "a '.md' file"),
        ("Content/images/ohne-endung", "a file without an extension"),
        ("Content/posts/2026-05-05-buendel/angriff.HTML", "a '.html' file"),
        ("Content/posts/2026-05-05-buendel/daten.json", "a '.json' file"),
    ])
    func refusedTypes(_ path: String, _ what: String) throws {
        for config in [TestSite.minimalConfig, TestSite.minimalConfig + "markdown: {unsafe_html: true}\n"] {
            let site = try TestSite(["site.yml": config, "Content/posts/2026-05-05-buendel/index.md": TestSite.article()])
            try site.write("<script>alert(document.cookie)</script>\n", to: path)
            let result = site.load()
            #expect(result.site == nil)
            #expect(result.diagnostics.map(\.description) == ["\(path): error: '\(path)' is \(what), which the site does not publish from Content/\n\(Self.refusedTypeFix)"])
        }
    }

    @Test("Images, documents, audio, video and archives are copied, whatever the case of their extension")
    func publishedTypes() throws {
        let names = ["foto.JPG", "grafik.png", "bericht.pdf", "tabelle.xlsx", "interview.mp3", "film.mp4", "untertitel.vtt", "presse.zip"]
        var files: [String: String?] = ["Content/posts/2026-05-05-buendel/index.md": TestSite.article()]
        for name in names { files["Content/images/" + name] = "x" }
        files["Content/posts/2026-05-05-buendel/anhang.docx"] = "x"
        let test = try TestSite(files)
        // Images must be what their names say.
        try test.addImage("valid/baseline.jpg", at: "Content/images/foto.JPG")
        try test.addImage("valid/rgb.png", at: "Content/images/grafik.png")
        let site = try test.site()
        #expect(site.sharedImages.map(\.outputPath) == names.sorted().map { "images/" + $0 })
        #expect(site.articles.first?.bundleFiles.map(\.sourcePath) == ["Content/posts/2026-05-05-buendel/anhang.docx"])
    }

    @Test("An SVG picture with a script is an error at the place of the script, even with unsafe_html")
    func svgWithScriptInSite() throws {
        let site = try TestSite([
            "site.yml": TestSite.minimalConfig + "markdown: {unsafe_html: true}\n",
            "Content/posts/a.md": TestSite.article(),
            "Content/images/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <circle r=\"4\"/>\n  <script>fetch('/drafts')</script>\n</svg>\n",
        ])
        let result = site.load()
        #expect(result.site == nil)
        #expect(result.diagnostics.map(\.description) == [
            "Content/images/logo.svg:3:3: error: the SVG picture has a <script> element, which runs a script\n"
                + "fix: remove it from the picture (or export the picture again without scripts, links or embedded content); "
                + "the site publishes only SVG pictures that cannot run scripts or load anything from elsewhere",
        ])
    }

    /// Each hostile SVG (the body inside an `<svg>` element on line 2) and what the error says,
    /// at line:column.
    static let hostileSVGs: [(String, String)] = [
        ("<script>alert(1)</script>", "2:1: a <script> element, which runs a script"),
        ("<SCRIPT>alert(1)</SCRIPT>", "2:1: a <SCRIPT> element, which runs a script"),
        ("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>", "2:1: a <script> element, which runs a script"),
        ("<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"/\"/>", "2:1: a <iframe> element, which can run scripts or load other documents"),
        ("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">Hallo</div></foreignObject>",
         "2:1: a <foreignObject> element, which can run scripts or load other documents"),
        ("<handler type=\"application/ecmascript\">alert(1)</handler>", "2:1: a <handler> element, which runs a script"),
        ("<rect width=\"1\" onload=\"alert(1)\"/>", "2:17: the event handler attribute 'onload', which runs a script"),
        ("<rect width=\"1\"\n  ONMOUSEOVER=\"alert(1)\"/>", "3:3: the event handler attribute 'ONMOUSEOVER', which runs a script"),
        ("<a href=\"javascript:alert(1)\"><text>x</text></a>", "2:4: a script URL ('javascript:') in 'href'"),
        ("<a xlink:href=\"&#106;ava&#x73;cript:alert(1)\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>",
         "2:4: a script URL ('javascript:') in 'xlink:href'"),
        ("<a href=\"java\nscript:alert(1)\"/>", "2:4: a script URL ('javascript:') in 'href'"),
        // An XML parser reads the tab as a space (Fuzz/Regressions/SVGFuzzer/tab-in-a-data-url-type).
        ("<image href=\"data:image/b\tmp,x\"/>", "2:8: a data: URL that is not a raster image, 'data:image/b mp,x' in 'href'"),
        ("<image href=\"data:image/png\r\n;base64,x\"/>", "2:8: a data: URL that is not a raster image, 'data:image/png ;base64,x' in 'href'"),
        ("<a href=\" JaVaScRiPt&#x09;:alert(1)\"/>", "2:4: a script URL ('javascript:') in 'href'"),
        ("<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "2:27: a script URL ('javascript:') in 'to'"),
        ("<animate attributeName=\"href\" values=\"#a;https://evil.example/x\"/>",
         "2:31: a reference to another host, 'https://evil.example/x' in 'values'"),
        ("<image href=\"https://tracker.example/pixel.png\"/>", "2:8: a reference to another host, 'https://tracker.example/pixel.png' in 'href'"),
        ("<image href=\"//tracker.example/pixel.png\"/>", "2:8: a reference to another host, '//tracker.example/pixel.png' in 'href'"),
        ("<use href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>", "2:6: a data: URL that is not a raster image, 'data:image/svg+xml;base64,PHN2Zz4=' in 'href'"),
        ("<g xml:base=\"https://evil.example/\"><image href=\"a.png\"/></g>", "2:4: a reference to another host, 'https://evil.example/' in 'xml:base'"),
        ("<rect fill=\"url(https://evil.example/#g)\"/>", "2:7: a reference to another host, 'https://evil.example/#g' in CSS in 'fill'"),
        ("<rect style=\"fill: url( 'http://evil.example/p.svg#x' )\"/>", "2:7: a reference to another host, 'http://evil.example/p.svg#x' in CSS in 'style'"),
        ("<style>@import url(/x.css);</style>", "2:8: a CSS @import in a <style> element"),
        ("<style>@im<!-- -->port 'x.css';</style>", "2:8: a CSS @import in a <style> element"),
        ("<style>@im&#112;ort 'x.css';</style>", "2:8: a CSS @import in a <style> element"),
        ("<style><![CDATA[ rect { background: url(https://evil.example/) } ]]></style>",
         "2:8: a reference to another host, 'https://evil.example/' in CSS in a <style> element"),
        ("<style>rect { background: u\\72l(https://evil.example/) }</style>",
         "2:8: a CSS escape ('\\'), which can hide a URL or an import in a <style> element"),
        ("<text>&xxe;</text>", ""),
        ("<rect title=\"&xxe;\"/>", "2:7: an unknown entity ('&…;') in the value of 'title'"),
        ("<rect width=1/>", "2:7: the value of 'width' is not in quotes; the file is not well-formed XML"),
        ("<g><rect/>", "3:1: the end tag </svg> does not match the open element; the file is not well-formed XML"),
    ]

    @Test("SVG pictures that can run scripts or load from other hosts are refused with what was found and where", arguments: hostileSVGs)
    func hostileSVG(_ body: String, _ expected: String) {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n\(body)\n</svg>\n"
        let checker = SVGChecker(Array(svg.utf8))
        let problem = checker.firstProblem()
        if expected.isEmpty {
            // Text with an undefined entity is not well-formed: browsers show an error, and no
            // script runs. Harmless, so not refused.
            #expect(problem == nil)
            return
        }
        let described = problem.map { "\(checker.position(of: $0.offset).line):\(checker.position(of: $0.offset).column): \($0.message)" }
        #expect(described == expected)
    }

    @Test("Declarations that make a parser expand entities or load stylesheets are refused", arguments: [
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"aaaaaaaaaa\">\n]>\n<svg/>\n", "2:1: a DOCTYPE with declarations ('['), which can define entities"),
        ("<!ENTITY a \"b\">\n<svg/>\n", "1:1: an entity declaration, which can make a parser expand a few bytes into gigabytes"),
        ("<?xml-stylesheet type=\"text/xsl\" href=\"https://evil.example/x.xsl\"?>\n<svg/>\n",
         "1:1: an <?xml-stylesheet?> instruction, which loads a stylesheet or an XSLT program"),
        ("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<svg/>\n", "1:1: the encoding 'UTF-7'; pictures must be UTF-8 (or Latin-1)"),
        ("\u{FEFF}<svg/>", ""),
        // Fuzz/Regressions/SVGFuzzer/markup-inside-the-xml-declaration: libxml2 reads the
        // markup in a broken declaration as elements.
        ("<?xml x<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"/></svg> ?>\n", "1:1: a '<' inside a processing instruction ('<?…?>')"),
    ])
    func declarations(_ svg: String, _ expected: String) {
        let checker = SVGChecker(Array(svg.utf8))
        let described = checker.firstProblem().map { "\(checker.position(of: $0.offset).line):\(checker.position(of: $0.offset).column): \($0.message)" }
        #expect(described == (expected.isEmpty ? nil : expected))
    }

    @Test("An SVG with bytes that are not UTF-8 is refused, unless it declares Latin-1 (Fuzz/Regressions/SVGFuzzer/invalid-utf8-in-a-name)")
    func invalidUTF8() {
        let broken = Array("<svg xmlns=\"http://www.w3.org/2000/svg\">\n  <ci".utf8) + [0xD6] + Array("rcle r=\"4\"/>\n</svg>\n".utf8)
        let checker = SVGChecker(broken)
        #expect(checker.firstProblem().map { "\(checker.position(of: $0.offset).line):\(checker.position(of: $0.offset).column): \($0.message)" }
            == "2:6: a byte that is not UTF-8 (0xD6)")
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Gr".utf8) + [0xFC]
            + Array("n</title></svg>\n".utf8)
        #expect(SVGChecker(latin1).firstProblem() == nil)
    }

    @Test("A UTF-16 SVG is refused: its markup would be read differently")
    func utf16() {
        let text: [UInt8] = "<svg/>".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let svg: [UInt8] = [0xFF, 0xFE] + text
        #expect(SVGChecker(svg).firstProblem()?.message == "the file is not UTF-8 text (UTF-16 or binary)")
    }

    @Test("Pictures as drawing programs export them are published")
    func ordinaryPictures() throws {
        let inkscape = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="210mm" height="297mm"
                 sodipodi:docname="förderturm.svg" xml:space="preserve">
              <metadata><rdf:RDF><dc:format>image/svg+xml</dc:format><dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/></rdf:RDF></metadata>
              <defs><linearGradient id="g"><stop offset="0" style="stop-color:#ffcc00;stop-opacity:1"/></linearGradient></defs>
              <style type="text/css"><![CDATA[ .a { fill: url(#g); } ]]></style>
              <rect class="a" width="10" height="10" fill="url('#g')" clip-path="url(#c)"/>
              <use xlink:href="#g" href="icons.svg#turm"/>
              <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgo="/>
              <image width="1" height="1" xlink:href="data:image/png;base64,iVBORw0K
                GgoAAAANSUhEUgAA"/>
              <text x="1" y="2">Zeche &amp; Kokerei &#x2014; 1932 &lt;Schacht XII&gt;</text>
              <a href="../2026/11/austausch/"><text>Zum Artikel</text></a>
              <animate attributeName="opacity" values="0;1" dur="2s"/>
            </svg>

            """
        #expect(SVGChecker(Array(inkscape.utf8)).firstProblem() == nil)
        for path in ["Content/images/q-one-logo.svg", "Content/images/doreen-mueller.svg",
                     "Content/posts/2026-11-24-austausch-zu-den-chancen-der-digitalisierung/foerderturm.svg"] {
            let data = try Data(contentsOf: PackagePaths.root().appendingPathComponent(path))
            #expect(SVGChecker([UInt8](data)).firstProblem() == nil, "\(path)")
        }
    }
}
