import Mustache

/// The templates and data of the Mustache benchmark: a newsroom article page.
enum MustacheBenchmarkFixture {
    static let templates: [String: String] = [
        "layout": """
            <!doctype html>
            <html lang="{{site.language}}">
            <head>
              {{> head}}
              {{$head}}{{/head}}
            </head>
            <body class="{{$bodyClass}}page{{/bodyClass}}">
              {{> header}}
              <main id="content">
                {{$content}}{{/content}}
              </main>
              {{> footer}}
              {{> scripts}}
            </body>
            </html>

            """,
        "head": """
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{$title}}{{site.title}}{{/title}}</title>
            <link rel="stylesheet" href="{{site.baseURL}}/assets/site.css">
            <link rel="alternate" type="application/atom+xml" href="{{site.baseURL}}/feed.xml" title="{{site.title}}">

            """,
        "opengraph": """
            <meta property="og:type" content="article">
            <meta property="og:title" content="{{article.title}}">
            <meta property="og:description" content="{{article.summary}}">
            <meta property="og:url" content="{{article.url}}">
            {{#article.image}}<meta property="og:image" content="{{article.image}}">{{/article.image}}
            <meta name="twitter:card" content="summary_large_image">
            <link rel="canonical" href="{{article.url}}">

            """,
        "jsonld": """
            <script type="application/ld+json">{{{article.jsonLD}}}</script>

            """,
        "header": """
            <header class="site-header">
              <a class="brand" href="{{site.baseURL}}/">{{site.title}}</a>
              {{> nav}}
            </header>

            """,
        "nav": """
            <nav aria-label="{{t.navigation}}">
              <ul>
                {{#site.menu}}
                <li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
                {{/site.menu}}
              </ul>
            </nav>

            """,
        "footer": """
            <footer class="site-footer">
              <p>&copy; {{build.year}} {{site.title}} · <a href="{{site.baseURL}}/impressum/">{{t.imprint}}</a> · <a href="{{site.baseURL}}/datenschutz/">{{t.privacy}}</a></p>
              <p class="generator">{{build.generator}} {{build.version}}</p>
            </footer>

            """,
        "scripts": """
            <script src="{{site.baseURL}}/assets/site.js" defer></script>

            """,
        "article/header": """
            <header class="article-header">
              <p class="kicker">{{#article.tags}}<a href="{{url}}">{{name}}</a> {{/article.tags}}</p>
              <h1>{{article.title}}</h1>
              {{#article.subtitle}}<p class="subtitle">{{article.subtitle}}</p>{{/article.subtitle}}
              <p class="meta"><time datetime="{{article.dateISO}}">{{article.dateText}}</time> · {{article.readingTime}} {{t.minutes}}</p>
            </header>

            """,
        "article/author": """
            <aside class="author-box">
              {{#article.author}}
              <img src="{{avatar}}" alt="{{name}}" width="96" height="96">
              <div>
                <p class="author-name"><a href="{{url}}">{{name}}</a></p>
                <p class="author-bio">{{bio}}</p>
                <p class="hashtags">{{#hashtags}}<span>#{{.}}</span> {{/hashtags}}</p>
              </div>
              {{/article.author}}
            </aside>

            """,
        "article/share": """
            <section class="share">
              <h2>{{t.share}}</h2>
              <ul>
                {{#article.share}}
                <li><a href="{{url}}" rel="noopener">{{t.shareOn}} {{network}}</a></li>
                {{/article.share}}
              </ul>
            </section>

            """,
        "article/related": """
            <section class="related">
              <h2>{{t.related}}</h2>
              <ol>
                {{#article.related}}
                {{> article/related-item}}
                {{/article.related}}
              </ol>
            </section>

            """,
        "article/related-item": """
            <li class="related-item">
              <a href="{{url}}">
                <span class="related-title">{{title}}</span>
                <span class="related-date">{{dateText}}</span>
              </a>
              <p>{{summary}}</p>
            </li>

            """,
        "back-link": """
            <p class="back"><a href="{{site.baseURL}}/">{{t.back}}</a></p>

            """,
        "article": """
            {{<layout}}
            {{$title}}{{article.title}} – {{site.title}}{{/title}}
            {{$head}}
            {{> opengraph}}
            {{> jsonld}}
            {{/head}}
            {{$bodyClass}}page article{{/bodyClass}}
            {{$content}}
            <article>
              {{> article/header}}
              <div class="body">
                {{{article.body}}}
              </div>
              {{> article/author}}
              {{> article/share}}
            </article>
            {{> article/related}}
            {{> back-link}}
            {{/content}}
            {{/layout}}

            """,
    ]

    static func context() -> TemplateValue {
        let paragraph = "<p>Die Energiewende im Ruhrgebiet kommt voran: Auf dem Gelände der ehemaligen Zeche "
            + "entsteht ein Quartier mit Wärmepumpen, Solardächern und einem Speicher im alten Schacht. "
            + "„Wir zeigen, dass Strukturwandel gelingt“, sagt die Projektleiterin.</p>\n"
        var body = ""
        for section in 1...2 {
            body += "<h2 id=\"abschnitt-\(section)\">Abschnitt \(section): Wandel &amp; Zukunft</h2>\n"
            body += paragraph + paragraph
        }
        body += "<figure class=\"quote\"><blockquote><p>Aus Kohle wird Zukunft.</p></blockquote>"
            + "<figcaption>Projektleiterin Anna Schmidt</figcaption></figure>\n"
        let related: [TemplateValue] = (1...10).map { index in
            [
                "title": "Ähnlicher Artikel \(index): Grubenwasser als Wärmequelle <Teil \(index)>",
                "url": "https://newsroom.example.com/2024/0\(index % 9 + 1)/aehnlicher-artikel-\(index)/",
                "dateText": "\(index). März 2024",
                "summary": "Wie \"Grubenwasser\" & alte Stollen Wohnungen heizen – ein Blick hinter die Kulissen.",
            ]
        }
        let networks = ["LinkedIn", "Xing", "X", "Facebook", "E-Mail"]
        return [
            "site": [
                "title": "Zeche Newsroom",
                "baseURL": "https://newsroom.example.com",
                "language": "de",
                "menu": .array(["Start", "Themen", "Autoren", "Über uns"].enumerated().map { index, title in
                    ["title": .string(title), "url": .string("/\(title.lowercased())/"), "current": .bool(index == 1)]
                }),
            ],
            "t": [
                "navigation": "Hauptnavigation", "imprint": "Impressum", "privacy": "Datenschutz",
                "minutes": "Min. Lesezeit", "share": "Teilen", "shareOn": "Teilen auf",
                "related": "Ähnliche Artikel", "back": "Zurück zur Übersicht",
            ],
            "build": ["generator": "Zeche", "version": "0.1.0", "year": 2024],
            "article": [
                "title": "Aus Kohle wird Zukunft: Das neue Quartier an der Zeche",
                "subtitle": "Wie ein Stadtteil seine Energie selbst erzeugt",
                "summary": "Auf dem Gelände der ehemaligen Zeche entsteht ein klimaneutrales Quartier.",
                "url": "https://newsroom.example.com/2024/03/aus-kohle-wird-zukunft/",
                "image": "https://newsroom.example.com/images/zeche.jpg",
                "dateISO": "2024-03-14T09:30:00+01:00",
                "dateText": "14. März 2024",
                "readingTime": 4,
                "jsonLD": "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Aus Kohle wird Zukunft\"}",
                "body": .string(body),
                "tags": [
                    ["name": "Energie", "url": "/tags/energie/"],
                    ["name": "Ruhrgebiet", "url": "/tags/ruhrgebiet/"],
                    ["name": "Strukturwandel", "url": "/tags/strukturwandel/"],
                ],
                "author": [
                    "name": "Anna Schmidt",
                    "url": "/autoren/anna-schmidt/",
                    "avatar": "/images/authors/anna-schmidt.jpg",
                    "bio": "Anna Schmidt schreibt über Energie, Stadtentwicklung & das Ruhrgebiet.",
                    "hashtags": ["Energiewende", "Ruhrpott", "Stadtentwicklung"],
                ],
                "share": .array(networks.map { network in
                    ["network": .string(network), "url": .string("https://share.example.com/?network=\(network)&url=aus-kohle")]
                }),
                "related": .array(related),
            ],
        ]
    }
}
