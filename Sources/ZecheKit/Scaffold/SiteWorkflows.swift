/// The GitHub Actions workflows of a new site: `publish.yml` builds it with Zeche and deploys it
/// to GitHub Pages, `check.yml` checks pull requests.
///
/// Both download one pinned Zeche release (the version and the SHA-256 of its linux-x86_64
/// binary, in the workflow's `env`), check the binary against the hash and run it: no Swift,
/// no second checkout, no repository variable. `scripts/lint-workflows.sh` lints them with
/// Zeche's own workflows, and `make dist-check` runs their steps against a local release.
enum SiteWorkflows {
    static func publish(_ release: ZecheRelease) -> String {
        """
        # Builds the newsroom with Zeche and publishes it on GitHub Pages: on every push to main,
        # once a day (so that articles dated in the future go online on their day), and by hand.
        # To set up once: Settings → Pages → Source: "GitHub Actions".
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

        \(pin(release))
        jobs:
          build:
            name: Build
            runs-on: ubuntu-latest
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
                  zeche check
                  zeche build --base-url "$BASE_URL"

              # v4 leaves out hidden files, such as Output/.zeche-output.
              - name: Upload the site
                uses: actions/upload-pages-artifact@7b1f4a764d45c48632c6b24a0339c27f5614fb0b # v4.0.0
                with:
                  path: Output

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
    }

    static func check(_ release: ZecheRelease) -> String {
        """
        # Checks a pull request: checks the newsroom with `zeche check` and builds it, without
        # publishing anything.
        name: Check

        on:
          pull_request:

        permissions: {}

        # A new push to the pull request replaces the check of the previous one.
        concurrency:
          group: check-${{ github.event.pull_request.number }}
          cancel-in-progress: true

        \(pin(release))
        jobs:
          check:
            name: Check and build
            runs-on: ubuntu-latest
            permissions:
              contents: read # to check out the site
            steps:
        \(setupSteps)
              - name: Check the site
                run: zeche check

              - name: Build the site
                run: zeche build

        """
    }

    /// The pinned release, as environment variables of every step.
    private static func pin(_ release: ZecheRelease) -> String {
        """
        # The Zeche release this site is built with, and the SHA-256 of the zeche binary in its
        # linux-x86_64 archive: a download that differs stops the run. To upgrade Zeche, see
        # "Upgrading Zeche" in README.md.
        env:
          ZECHE_VERSION: "\(release.version)"
          ZECHE_SHA256: "\(release.binarySHA256)"
          ZECHE_RELEASES: "\(release.downloads)"

        """
    }

    /// Checks out the site, downloads the pinned Zeche, checks its hash and puts it on the PATH.
    /// The runner must be Linux on x86_64, like `ubuntu-latest`.
    private static let setupSteps = """
              - name: Check out the site
                uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                with:
                  persist-credentials: false

              - name: Install Zeche
                run: |
                  archive="zeche-${ZECHE_VERSION}-linux-x86_64"
                  curl --fail --silent --show-error --location --retry 3 \\
                    --output "$RUNNER_TEMP/zeche.tar.gz" "$ZECHE_RELEASES/v$ZECHE_VERSION/$archive.tar.gz"
                  mkdir -p "$RUNNER_TEMP/zeche-bin"
                  tar -xzOf "$RUNNER_TEMP/zeche.tar.gz" "$archive/zeche" > "$RUNNER_TEMP/zeche-bin/zeche"
                  echo "$ZECHE_SHA256  $RUNNER_TEMP/zeche-bin/zeche" | sha256sum --check --strict
                  chmod +x "$RUNNER_TEMP/zeche-bin/zeche"
                  echo "$RUNNER_TEMP/zeche-bin" >> "$GITHUB_PATH"
                  "$RUNNER_TEMP/zeche-bin/zeche" --version

        """
}
