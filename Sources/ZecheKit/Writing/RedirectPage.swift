/// The page at an old address of an article: it sends browsers on at once (meta refresh),
/// tells search engines where the article is now (canonical link) and not to list the old
/// address (`noindex`), and has a plain link for everyone else.
enum RedirectPage {
    static func html(to target: String, site: Site) -> String {
        let absolute = Escaping.xml(site.config.urls.absolute(target))
        let relative = Escaping.xml(target)
        return """
            <!DOCTYPE html>
            <html lang="\(Escaping.xml(site.config.language))">
            <head>
            <meta charset="utf-8">
            <title>\(Escaping.xml(site.strings["moved"]))</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="\(absolute)">
            <meta http-equiv="refresh" content="0; url=\(relative)">
            </head>
            <body>
            <p>\(Escaping.xml(site.strings["moved"])): <a href="\(relative)">\(absolute)</a></p>
            </body>
            </html>

            """
    }
}
