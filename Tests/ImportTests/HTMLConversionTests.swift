@testable import Import
import Testing

/// One construct at a time: HTML (block editor, or classic editor where newlines count) and
/// the Markdown it becomes.
struct HTMLConversionTests {
    static func markdown(_ html: String, classic: Bool = false) -> String {
        var options = MarkdownWriter.Options()
        options.newlinesAreBreaks = classic
        return MarkdownWriter.convert(html, options: options).markdown
    }

    static func notes(_ html: String) -> [String] {
        MarkdownWriter.convert(html, options: MarkdownWriter.Options()).notes.map { "\($0.line): \($0.message)" }
    }

    @Test("Block-editor HTML becomes Markdown", arguments: [
        ("<p>Ein <em> Wort </em>und <strong>mehr</strong>.</p>", "Ein *Wort* und **mehr**.\n"),
        ("<p>a<br>b<br/></p>", "a\\\nb\n"),
        ("<h3>Titel &amp; <code>x</code></h3>", "### Titel & `x`\n"),
        ("<p>Code: <code>a`b</code></p>", "Code: ``a`b``\n"),
        ("<p>*nicht* _fett_ [kein](link) &lt;tag&gt; &amp;amp;</p>", "\\*nicht\\* \\_fett\\_ \\[kein\\](link) \\<tag> \\&amp;\n"),
        ("<p># kein Titel</p><p>1. keine Liste</p><p>- auch nicht</p>", "\\# kein Titel\n\n1\\. keine Liste\n\n\\- auch nicht\n"),
        ("<p><a href=\"https://e.org/a_(b)\" title=\"T\">Link</a></p>", "[Link](<https://e.org/a_(b)> \"T\")\n"),
        ("<p><img src=\"a.jpg\" alt=\"Ein [Bild]\"></p>", "![Ein \\[Bild\\]](a.jpg)\n"),
        ("<ul><li>eins<ul><li>zwei</li></ul></li><li>drei</li></ul>", "- eins\n  - zwei\n- drei\n"),
        ("<ol start=\"3\"><li><p>a</p><p>b</p></li><li>c</li></ol>", "3. a\n\n   b\n\n4. c\n"),
        ("<blockquote><p>Zitat</p><cite>Jemand</cite></blockquote>", "> Zitat\n>\n> — Jemand\n"),
        ("<pre class=\"wp-block-code\"><code class=\"language-swift\">let a = 1\n```</code></pre>", "````swift\nlet a = 1\n```\n````\n"),
        ("<table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td></tr></table>", "| A | B\\|C |\n| --- | --- |\n| 1 |   |\n"),
        ("<figure><img src=\"a.jpg\" alt=\"A\"><figcaption>Die Halle</figcaption></figure>", "![A](a.jpg \"Die Halle\")\n"),
        ("<figure><img src=\"a.jpg\" alt=\"A\"><figcaption>Die \"Halle\" | <em>Foto</em>:\n X</figcaption></figure>",
         "![A](a.jpg \"Die \\\"Halle\\\" | Foto: X |\")\n"),
        ("<figure><a href=\"b.jpg\"><img src=\"a.jpg\" alt=\"A\"></a><figcaption>Die Halle</figcaption></figure>", "[![A](a.jpg)](b.jpg)\\\n*Die Halle*\n"),
        ("<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>", "**Begriff**\n\nErklärung\n"),
        ("<p>x<del>weg</del>y</p><hr>", "x~~weg~~y\n\n* * *\n"),
        ("<div class=\"x\"><span>Text</span> im <b>div</b></div>", "Text im **div**\n"),
        ("<p>H<sub>2</sub>O</p>", "H2O\n"),
        ("<p>&hellip; &#8220;Zitat&#8221; &#x2014; &nbsp;x &unknown;</p>", "… “Zitat” — \u{A0}x \\&unknown;\n"),
    ])
    func blockEditor(_ html: String, _ expected: String) {
        #expect(Self.markdown(html) == expected)
    }

    @Test("Classic-editor text: a blank line starts a paragraph, a line break is a <br>", arguments: [
        ("Erster Absatz\nmit Umbruch\n\nZweiter Absatz", "Erster Absatz\\\nmit Umbruch\n\nZweiter Absatz\n"),
        ("Text\n<h2>Titel</h2>\nMehr Text\n<ul>\n\t<li>eins</li>\n\t<li>zwei</li>\n</ul>", "Text\n\n## Titel\n\nMehr Text\n\n- eins\n- zwei\n"),
        ("<!--more-->\n\nNach dem Umbruch\n\n<!--nextpage-->\n\nSeite 2", "Nach dem Umbruch\n\n* * *\n\nSeite 2\n"),
    ])
    func classicEditor(_ html: String, _ expected: String) {
        #expect(Self.markdown(html, classic: true) == expected)
    }

    @Test("What Markdown has not is kept visibly and noted")
    func keptAndNoted() {
        #expect(Self.markdown("<p>Vor</p><iframe src=\"https://www.youtube.com/embed/x\"></iframe><p>Nach</p>")
            == "Vor\n\n[Embedded content: x](https://www.youtube.com/embed/x)\n\nNach\n")
        #expect(Self.notes("<p>Vor</p><iframe src=\"https://www.youtube.com/embed/x\"></iframe>")
            == ["3: <iframe> became a link to its source; pages load nothing from other hosts"])
        #expect(Self.markdown("<form><label>Name</label><input name=\"n\"></form>") == "<!-- <form> left out:\nName\n-->\n")
        #expect(Self.notes("<p>a</p><script>alert(1)</script>") == ["3: <script> has no Markdown form and was left out; its text is kept as a comment"])
    }

    @Test("Blocks that WordPress filled in when the page was shown become one comment and one note per run")
    func dynamicBlocks() {
        let html = "<p>a</p>\n<!-- wp:archives /-->\n<!-- wp:archives {\"x\":1} /-->\n<!-- wp:calendar /-->\n<p>b</p>"
        #expect(Self.markdown(html) == "a\n\n<!-- WordPress: archives, calendar -->\n\nb\n")
        #expect(Self.notes(html) == ["3: WordPress filled in the blocks 'archives' (2 times), 'calendar' when the page was shown; there is nothing to convert"])
    }

    @Test("A background image of a cover block becomes an image before its text")
    func backgroundImage() {
        let html = "<div class=\"wp-block-cover\" style=\"background-image:url(https://e.org/a.jpg)\"><p>Text</p></div>"
        #expect(Self.markdown(html) == "![](https://e.org/a.jpg)\n\nText\n")
    }

    @Test("An image link inside a link stands alone, as Markdown has no link in a link")
    func noNestedLinks() {
        var options = MarkdownWriter.Options()
        options.image = { _ in nil }
        options.notesMissingImages = false
        let html = "<p><a href=\"https://e.org/a.jpg\"><img src=\"https://e.org/a-150x150.jpg\" alt=\"A\"></a></p>"
        #expect(MarkdownWriter.convert(html, options: options).markdown == "[Image: A](https://e.org/a-150x150.jpg)\n")
    }

    @Test("Unclosed tags, stray end tags and deep nesting still give all the text")
    func brokenHTML() {
        #expect(Self.markdown("<p>a <b>b <i>c</p><p>d</b> e</div>") == "a **b *c***\n\nd e\n")
        let deep = String(repeating: "<div>", count: 500) + "tief" + String(repeating: "</div>", count: 500)
        #expect(Self.markdown(deep) == "tief\n")
        #expect(Self.markdown("a < b und <!-- offen") == "a \\< b und \\<!-- offen\n")
    }
}
