/// Template syntax of another generator left in a Markdown body: a Liquid tag (`{% … %}`),
/// a Hugo shortcode (`{{< … >}}`, `{{% … %}}`) or template output (`{{ … }}`). Zeche has no
/// templates in articles and shows such text as it is, so each one is worth a warning.
///
/// Found outside code blocks and code spans only, where it is an example, not a leftover.
public struct TemplateSyntax: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `{% name … %}`, as in Jekyll.
        case liquidTag
        /// `{{< name … >}}` or `{{% name … %}}`, as in Hugo.
        case shortcode
        /// `{{ expression }}`, as in Jekyll and Hugo.
        case output
    }

    public let kind: Kind
    /// The text as written, its first line only and shortened to about 60 characters.
    public let text: String
    /// The tag's or shortcode's name (`highlight`, `/figure`), or the expression of an output.
    public let name: String
    /// Line of the body (1-based).
    public let line: Int
    /// Column (1-based, counted in Unicode scalars).
    public let column: Int
    /// Where it is in the body: UTF-8 offset and length, delimiters included.
    public let utf8Range: Range<Int>
    /// The text between the delimiters, trimmed, without Liquid's `-` white-space controls:
    /// `highlight ruby linenos`, `site.baseurl | append: '/x'`.
    public let content: String

    public init(kind: Kind, text: String, name: String, line: Int, column: Int, utf8Range: Range<Int> = 0..<0, content: String = "") {
        self.kind = kind
        self.text = text
        self.name = name
        self.line = line
        self.column = column
        self.utf8Range = utf8Range
        self.content = content
    }

    /// What the generator is, for a message: "a Jekyll (Liquid) tag".
    public var what: String {
        switch kind {
        case .liquidTag: "a Jekyll (Liquid) tag"
        case .shortcode: "a Hugo shortcode"
        case .output: "template output of Jekyll or Hugo"
        }
    }

    /// The Markdown that does the same in Zeche, or nil when there is none.
    public var equivalent: String? {
        let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
        switch (kind, bare) {
        case (.liquidTag, "highlight"), (.shortcode, "highlight"):
            return name.hasPrefix("/") || name.hasPrefix("end")
                ? "the closing ``` of a fenced code block"
                : "a fenced code block: ```LANGUAGE on the line before the code, ``` on the line after it"
        case (.liquidTag, "endhighlight"):
            return "the closing ``` of a fenced code block"
        case (.liquidTag, "post_url"), (.shortcode, "ref"), (.shortcode, "relref"):
            return "a link to the article's Markdown file, relative to this one: [text](other-article.md)"
        case (.liquidTag, "link"):
            return "a link to the file, relative to this one: [text](path/to/file.md)"
        case (.shortcode, "figure"):
            return "an image with its caption as the line below it: ![description](image.jpg) then *caption*"
        case (.liquidTag, "raw"), (.liquidTag, "endraw"):
            return "nothing: remove it, Zeche shows '{{' and '{%' as written"
        case (.liquidTag, "comment"), (.liquidTag, "endcomment"):
            return "an HTML comment: <!-- … -->"
        case (.shortcode, "youtube"), (.shortcode, "vimeo"), (.shortcode, "tweet"), (.shortcode, "x"),
             (.shortcode, "gist"), (.shortcode, "instagram"), (.liquidTag, "youtube"), (.liquidTag, "gist"):
            return "a link to it: [title](https://…); pages load nothing from other hosts"
        case (.output, _) where name.contains("baseurl") || name.contains("relative_url") || name.contains("absolute_url")
            || name.contains("site.url") || name.contains(".Site.BaseURL"):
            return "nothing: a link relative to the Markdown file needs no base URL"
        default:
            return nil
        }
    }
}
