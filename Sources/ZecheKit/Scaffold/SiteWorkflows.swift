/// The GitHub Actions workflows of a new site: `publish.yml` builds it with Zeche and deploys it
/// to GitHub Pages, `check.yml` checks pull requests.
///
/// A site's repository holds no Swift package, so both workflows check out Zeche's source from
/// the repository named by the repository variable `ZECHE_REPOSITORY` (at `ZECHE_REF`, default
/// `main`) and build it with the official swift.org image. They mirror the workflows of Zeche's
/// own repository; `scripts/lint-workflows.sh` lints both sets.
enum SiteWorkflows {
    static let publish = """
        # Builds the newsroom with Zeche and publishes it on GitHub Pages: on every push to main,
        # once a day (so that articles dated in the future go online on their day), and by hand.
        # To set up once:
        #   - Settings → Pages → Source: "GitHub Actions".
        #   - Settings → Secrets and variables → Actions → Variables: ZECHE_REPOSITORY, the GitHub
        #     repository of Zeche's source (owner/name); optionally ZECHE_REF, the tag, branch or
        #     commit to build (default: main).
        name: Publish

        on:
          push:
            branches: [main]
          schedule:
            # Every half hour, at 7 and 37 minutes past (UTC): an article whose date or embargo has
            # passed goes online with the next run, at most 30 minutes later plus the run's time.
            - cron: "7,37 * * * *"
          workflow_dispatch:

        permissions: {}

        # One deployment at a time; a newer run waits instead of cancelling one that is deploying.
        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            name: Build
            runs-on: ubuntu-latest
            # The official swift.org toolchain image (Ubuntu 24.04), to build Zeche.
            container:
              image: swift:6.2-noble
            permissions:
              contents: read # to check out the site
              pages: read # for configure-pages to read the site's Pages address
            steps:
        \(setupSteps)
              - name: Configure GitHub Pages
                id: pages
                uses: actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0

              - name: Check and build the site
                env:
                  BASE_URL: ${{ steps.pages.outputs.base_url }}
                run: |
                  zeche/.build/release/zeche check --source site
                  zeche/.build/release/zeche build --source site --base-url "$BASE_URL"

              # v4 leaves out hidden files, such as Output/.zeche-output.
              - name: Upload the site
                uses: actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4.0.0
                with:
                  path: site/Output

          deploy:
            name: Deploy to GitHub Pages
            needs: build
            runs-on: ubuntu-latest
            permissions:
              pages: write # to deploy to GitHub Pages
              id-token: write # to prove to Pages that the deployment comes from this workflow
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Deploy
                id: deployment
                uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5

        """

    static let check = """
        # Checks a pull request: builds Zeche, checks the newsroom with `zeche check` and builds
        # it, without publishing anything. Needs the repository variable ZECHE_REPOSITORY (see
        # publish.yml).
        name: Check

        on:
          pull_request:

        permissions: {}

        # A new push to the pull request replaces the check of the previous one.
        concurrency:
          group: check-${{ github.event.pull_request.number }}
          cancel-in-progress: true

        jobs:
          check:
            name: Check and build
            runs-on: ubuntu-latest
            container:
              image: swift:6.2-noble
            permissions:
              contents: read # to check out the site
            steps:
        \(setupSteps)
              - name: Check the site
                run: zeche/.build/release/zeche check --source site

              - name: Build the site
                run: zeche/.build/release/zeche build --source site

        """

    /// Checks out the site into `site/` and Zeche into `zeche/`, and builds Zeche.
    private static let setupSteps = """
              - name: Require the repository variable ZECHE_REPOSITORY
                if: ${{ vars.ZECHE_REPOSITORY == '' }}
                run: |
                  echo "::error::Set the repository variable ZECHE_REPOSITORY (Settings → Secrets and variables → Actions → Variables) to the GitHub repository of Zeche's source, such as my-org/zeche."
                  exit 1

              - name: Check out the site
                uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  path: site
                  persist-credentials: false

              - name: Check out Zeche
                uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  repository: ${{ vars.ZECHE_REPOSITORY }}
                  ref: ${{ vars.ZECHE_REF || 'main' }}
                  path: zeche
                  persist-credentials: false

              - name: Install cmark-gfm
                run: |
                  apt-get update -qq
                  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \\
                    libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

              - name: Build Zeche
                run: swift build -c release --product zeche --package-path zeche

        """
}
