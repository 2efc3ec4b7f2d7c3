import Markdown
import Testing

/// Template syntax of Jekyll and Hugo left in a body is found with its place, outside code.
struct TemplateSyntaxTests {
    let parser = MarkdownParser()

    func found(_ markdown: String) -> [String] {
        parser.parse(markdown).templateSyntax.map { "\($0.line):\($0.column) \($0.kind) \($0.name) '\($0.text)'" }
    }

    @Test("Liquid tags, Hugo shortcodes and template output are found with line and column")
    func kindsAndPlaces() {
        #expect(found("""
            Intro {% highlight ruby %}

            Ä {{< figure src="a.jpg" caption="Bild" >}} und {{% param "author" %}}

            Link: [x]({{ site.baseurl }}/a/) und {{- page.title -}}
            {% endhighlight %}{{< /figure >}}
            """) == [
            "1:7 liquidTag highlight '{% highlight ruby %}'",
            "3:3 shortcode figure '{{< figure src=\"a.jpg\" caption=\"Bild\" >}}'",
            "3:49 shortcode param '{{% param \"author\" %}}'",
            "5:11 output site.baseurl '{{ site.baseurl }}'",
            "5:38 output page.title '{{- page.title -}}'",
            "6:1 liquidTag endhighlight '{% endhighlight %}'",
            "6:19 shortcode /figure '{{< /figure >}}'",
        ])
    }

    @Test("Code blocks, indented code and code spans are examples, not leftovers")
    func codeIsSkipped() {
        #expect(found("""
            ```liquid
            {% for post in site.posts %}
            ```

                {{ indented }}

            Inline `{{ code }}` and ``{% with ` inside %}`` but {% after %}.

            ~~~
            {{< not this >}}
            ~~~
            """) == ["7:53 liquidTag after '{% after %}'"])
    }

    @Test("A tag may span lines of one paragraph, but not a blank line")
    func multiLineTags() {
        #expect(found("{% include note.html\n   text=\"x\" %}\n") == ["1:1 liquidTag include '{% include note.html…'"])
        #expect(found("{% include\n\nnot closed %}\n") == [])
    }

    @Test("Braces that are no template syntax are left alone")
    func plainBraces() {
        #expect(found("JSON {\"a\": {\"b\": 1}} and {{}} and { % } and \\{{ escaped }}\n") == [])
    }

    @Test("Each kind names its equivalent in Zeche where there is one", arguments: [
        ("{% highlight go %}", "a fenced code block: ```LANGUAGE on the line before the code, ``` on the line after it"),
        ("{% endhighlight %}", "the closing ``` of a fenced code block"),
        ("{% post_url 2010-07-21-name %}", "a link to the article's Markdown file, relative to this one: [text](other-article.md)"),
        ("{{< relref \"post.md\" >}}", "a link to the article's Markdown file, relative to this one: [text](other-article.md)"),
        ("{{< figure src=\"a.jpg\" >}}", "an image with its caption as the line below it: ![description](image.jpg) then *caption*"),
        ("{{ site.baseurl }}", "nothing: a link relative to the Markdown file needs no base URL"),
        ("{% include x.html %}", nil),
        ("{{% param \"x\" %}}", nil),
    ] as [(String, String?)])
    func equivalents(_ written: String, _ equivalent: String?) {
        #expect(parser.parse(written + "\n").templateSyntax.first?.equivalent == equivalent)
    }
}
