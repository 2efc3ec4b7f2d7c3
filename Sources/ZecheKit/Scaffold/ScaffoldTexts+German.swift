extension ScaffoldTexts {
    static let german = ScaffoldTexts(
        defaultTitle: "Unser Newsroom",
        timeZone: "Europe/Berlin",
        articleSlug: "willkommen-im-newsroom",
        authorID: "redaktion",
        pageSlug: "impressum",
        siteConfigTemplate: """
            # Die Einstellungen des Newsrooms.
            title: {title}
            description: Neuigkeiten, Gespräche und Einblicke aus unserem Unternehmen.
            # Die Adresse der Seite, mit / am Ende. Der Workflow für GitHub Pages setzt beim Bauen
            # die Adresse von Pages ein (zeche build --base-url …).
            url: https://news.example.com/
            language: de
            # Artikel ohne Zeitzone im Datum gelten in dieser Zone.
            timezone: {timezone}
            # Wo Artikel erscheinen: /2026/11/titel-des-artikels/
            permalink: /:year/:month/:slug/
            paginate: 10
            share: [linkedin, xing, x, facebook, email]
            feed: full
            copyright: {copyright}
            # Eine eigene Domain; zeche publish legt sie als CNAME-Datei neben die Seite:
            # domain: news.example.com
            menus:
              main:
                - title: Newsroom
                  url: /
                - title: Themen
                  url: /tags/
                - title: Autorinnen und Autoren
                  url: /authors/
              footer:
                - title: Impressum
                  url: /impressum/

            """,
        articleTemplate: """
            ---
            title: Willkommen im Newsroom
            subtitle: Der erste Artikel zeigt, woraus ein Artikel besteht
            date: {date}
            author: {author}
            tags: [Newsroom, In eigener Sache]
            ---

            Willkommen in unserem neuen Newsroom! Dieser erste Artikel zeigt, wie ein Artikel \
            aufgebaut ist. Sein erster Absatz wird zur Zusammenfassung auf der Startseite und in \
            den Feeds.

            ## Zwischenüberschriften gliedern den Text

            Jede Zwischenüberschrift wird ein Eintrag im Inhaltsverzeichnis. Wörter lassen sich \
            **fett** oder *kursiv* setzen, und Listen sind schnell geschrieben:

            - ein Gedanke pro Punkt,
            - kurze Sätze,
            - ein klarer Abschluss.

            > „Ein Zitat mit Quelle erscheint mit dem Namen darunter.“
            >
            > — Die Redaktion

            ## Der nächste Artikel

            Einen neuen Artikel legt `zeche new "Titel des Artikels"` an. Wie es danach \
            weitergeht, steht in der Datei README.md.

            """,
        author: """
            ---
            name: Redaktion
            role: Newsroom-Team
            avatar: ../images/redaktion.svg
            hashtags: [newsroom]
            ---

            Die Redaktion berichtet über Neuigkeiten, Menschen und Projekte aus unserem Unternehmen.

            """,
        page: """
            ---
            title: Impressum
            description: Angaben gemäß § 5 DDG
            ---

            *Platzhalter:* Tragen Sie hier die Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) \
            ein: Name und Anschrift des Unternehmens, die vertretungsberechtigten Personen, \
            Kontakt, Registereintrag und Umsatzsteuer-Identifikationsnummer.

            """,
        readmeTemplate: """
            # {title}

            Der Newsroom wird mit Zeche gebaut: Artikel sind Markdown-Dateien in `Content/`, \
            das Aussehen bestimmt das Theme in `Templates/`, und `zeche build` macht daraus die \
            fertige Website im Ordner `Output/`.

            ## Einen Artikel schreiben

                zeche new "Titel des Artikels"

            legt `Content/posts/JJJJ-MM-TT-titel-des-artikels.md` an und zeigt den Pfad. Oben in \
            der Datei, zwischen den beiden `---`, stehen die Angaben zum Artikel; darunter \
            schreiben Sie den Text in Markdown. Der erste Absatz wird zur Zusammenfassung.

            | Angabe | Bedeutung |
            |---|---|
            | `title` | Titel (Pflicht) |
            | `subtitle` | Unterzeile |
            | `date` | Erscheinungsdatum; ein Artikel mit einem Datum in der Zukunft erscheint an diesem Tag |
            | `author` | die Autorin oder der Autor: der Name einer Datei in `Content/authors/` ohne `.md` |
            | `tags` | Themen, z. B. `[Produkte, Ruhrgebiet]` |
            | `image`, `image_alt` | Titelbild und seine Beschreibung für Menschen, die es nicht sehen |
            | `draft` | `true`: ein Entwurf, der nicht veröffentlicht wird |

            Weitere Möglichkeiten von `zeche new`: `--author ID` wählt die Autorin oder den \
            Autor, `--tags "Produkte, Ruhrgebiet"` setzt Themen, und `--bundle` legt einen Ordner \
            an, in dem der Artikel (`index.md`) und seine Bilder zusammen liegen. Ein Bild im \
            selben Ordner binden Sie mit `![Beschreibung](bild.jpg)` ein.

            Ein Zitat mit Quelle ist ein Zitat, dessen letzter Absatz mit `— ` beginnt:

                > „Der Satz, der bleiben soll.“
                >
                > — Name, Funktion

            Neue Autorinnen und Autoren sind Dateien in `Content/authors/` (Vorlage: \
            `Content/authors/redaktion.md`), feste Seiten wie das Impressum liegen in \
            `Content/pages/`.

            ## Vorschau

                zeche serve

            baut den Newsroom und zeigt ihn im Browser; jede gespeicherte Änderung erscheint \
            sofort. `zeche check` prüft alle Artikel, Links und Bilder, ohne etwas zu schreiben.

            ## Veröffentlichen

            Was auf dem Branch `main` landet, veröffentlicht GitHub von selbst: Der Workflow \
            `.github/workflows/publish.yml` baut den Newsroom bei jedem Push und einmal am Tag \
            (so erscheinen Artikel mit einem Datum in der Zukunft an ihrem Tag) und stellt ihn \
            auf GitHub Pages. Pull Requests prüft `.github/workflows/check.yml`, ohne etwas zu \
            veröffentlichen. Einmal einzurichten: Settings → Pages → Source: „GitHub Actions“.

            Die Workflows laden Zeche {zeche_version} von seiner Release-Seite und prüfen die \
            Datei gegen ihre SHA-256-Prüfsumme, bevor sie sie ausführen: Eine veränderte Datei \
            bricht den Lauf ab, und jeder Lauf baut mit demselben Zeche. Swift braucht es dafür \
            nicht.

            Ohne GitHub Pages: `zeche publish` baut den Newsroom und legt ihn als Commit auf den \
            Branch `gh-pages`, den es anschließend pusht; jeder Hoster, der einen Branch \
            ausliefert, kann ihn von dort veröffentlichen. Oder Sie kopieren nach `zeche build` \
            den Ordner `Output/` auf einen beliebigen Webserver.

            ## Zeche aktualisieren

            Installieren Sie die neue Version von Zeche und tragen Sie in beiden Dateien in \
            `.github/workflows/` unter `env:` die neue Version (`ZECHE_VERSION`) und ihre \
            Prüfsumme (`ZECHE_SHA256`) ein. Die Prüfsumme steht in der Datei `SHA256SUMS` des \
            Releases, in der Zeile, die auf `zeche-VERSION-linux-x86_64/zeche` endet. Oder Sie \
            lassen die neue Version mit `zeche init` einen Newsroom in einem leeren Ordner \
            anlegen und übernehmen dessen beide Workflows: Sie tragen die neue Version schon ein.

            """
    )
}
