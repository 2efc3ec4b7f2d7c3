extension ScaffoldTexts {
    static let english = ScaffoldTexts(
        defaultTitle: "Our Newsroom",
        timeZone: "UTC",
        articleSlug: "welcome-to-the-newsroom",
        authorID: "newsroom",
        pageSlug: "legal-notice",
        siteConfigTemplate: """
            # The settings of the newsroom.
            title: {title}
            description: News, interviews and insights from our company.
            # The site's address, ending in /. The GitHub Pages workflow replaces it with the
            # Pages address when it builds (zeche build --base-url …).
            url: https://news.example.com/
            language: en
            # Article dates without a time zone are read in this zone; set your own, such as
            # Europe/London or America/New_York.
            timezone: {timezone}
            # Where articles appear: /2026/11/title-of-the-article/
            permalink: /:year/:month/:slug/
            paginate: 10
            share: [linkedin, x, facebook, email]
            feed: full
            copyright: {copyright}
            # A custom domain; zeche publish puts it beside the site as a CNAME file:
            # domain: news.example.com
            menus:
              main:
                - title: Newsroom
                  url: /
                - title: Topics
                  url: /tags/
                - title: Authors
                  url: /authors/
              footer:
                - title: Legal notice
                  url: /legal-notice/

            """,
        articleTemplate: """
            ---
            title: Welcome to the newsroom
            subtitle: The first article shows what an article is made of
            date: {date}
            author: {author}
            tags: [Newsroom, About us]
            ---

            Welcome to our new newsroom! This first article shows how an article is built. Its \
            first paragraph becomes the summary on the front page and in the feeds.

            ## Headings give the text its structure

            Each heading becomes an entry in the table of contents. Words can be **bold** or \
            *italic*, and lists are quick to write:

            - one thought per item,
            - short sentences,
            - a clear ending.

            > “A quote with its source shows the name below it.”
            >
            > — The newsroom team

            ## The next article

            `zeche new "Title of the article"` starts a new article. README.md explains what \
            comes next.

            """,
        author: """
            ---
            name: Newsroom team
            role: Communications
            avatar: ../images/newsroom.svg
            hashtags: [newsroom]
            ---

            The newsroom team writes about the news, people and projects of our company.

            """,
        page: """
            ---
            title: Legal notice
            description: Who publishes this site
            ---

            *Placeholder:* Name the company that publishes this site here, with its address, the \
            people who represent it, how to contact it, and its registration details.

            """,
        readmeTemplate: """
            # {title}

            This newsroom is built with Zeche: articles are Markdown files in `Content/`, the \
            theme in `Templates/` decides how they look, and `zeche build` turns both into the \
            finished website in `Output/`.

            ## Writing an article

                zeche new "Title of the article"

            creates `Content/posts/YYYY-MM-DD-title-of-the-article.md` and prints its path. At \
            the top of the file, between the two `---` lines, are the article's details; below \
            them you write the text in Markdown. The first paragraph becomes the summary.

            | Key | Meaning |
            |---|---|
            | `title` | the title (required) |
            | `subtitle` | a line below the title |
            | `date` | when the article appears; one dated in the future appears on that day |
            | `author` | the author: the name of a file in `Content/authors/` without `.md` |
            | `tags` | topics, such as `[Products, Research]` |
            | `image`, `image_alt` | a cover image and its description for people who cannot see it |
            | `draft` | `true`: a draft, which is not published |

            More of `zeche new`: `--author ID` chooses the author, `--tags "Products, Research"` \
            sets topics, and `--bundle` makes a folder that holds the article (`index.md`) \
            together with its images. Show an image from the same folder with \
            `![Description](image.jpg)`.

            A quote with a source is a quote whose last paragraph starts with `— `:

                > “The sentence that should stay.”
                >
                > — Name, role

            New authors are files in `Content/authors/` (copy `Content/authors/newsroom.md`), and \
            standing pages such as the legal notice are in `Content/pages/`.

            ## Preview

                zeche serve

            builds the newsroom and shows it in the browser; every change you save appears at \
            once. `zeche check` checks every article, link and image without writing anything.

            ## Publishing

            GitHub publishes whatever lands on the `main` branch: the workflow \
            `.github/workflows/publish.yml` builds the newsroom on every push and once a day (so \
            that articles dated in the future appear on their day) and puts it on GitHub Pages. \
            `.github/workflows/check.yml` checks pull requests without publishing anything. To \
            set up once: Settings → Pages → Source: "GitHub Actions".

            The workflows download Zeche {zeche_version} from its release page and check the \
            file against its SHA-256 checksum before they run it: a changed file stops the run, \
            and every run builds with the same Zeche. No Swift is needed for this.

            Without GitHub Pages: `zeche publish` builds the newsroom, commits it to the \
            `gh-pages` branch and pushes it; any host that serves a branch can publish it from \
            there. Or copy the `Output/` folder to any web server after `zeche build`.

            ## Upgrading Zeche

            Install the new version of Zeche, then set the new version (`ZECHE_VERSION`) and its \
            checksum (`ZECHE_SHA256`) under `env:` in both files in `.github/workflows/`. The \
            checksum is in the release's `SHA256SUMS` file, on the line that ends in \
            `zeche-VERSION-linux-x86_64/zeche`. Or let the new version make a newsroom in an \
            empty folder with `zeche init` and take its two workflows, which hold the new pin.

            """
    )
}
