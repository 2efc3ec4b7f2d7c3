# Zeche: the two commands of the contributors' quick start are `make site` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/zeche
DEBUG_BIN := .build/debug/zeche
# The self-contained, stamped zeche of `make install` and `make dist` (scripts/dist/).
DIST_BIN := .build-dist/zeche
PORT ?= 8000
PREFIX ?= /usr/local

.PHONY: site test deps test-deps dist-deps build release serve check bench fuzz sanitize clean \
	binary install uninstall dist dist-check man

deps:
	@scripts/ensure-deps.sh build

test-deps:
	@scripts/ensure-deps.sh test

dist-deps:
	@scripts/ensure-deps.sh dist

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product zeche

## Builds the sample newsroom into Output/.
site: release
	$(RELEASE_BIN) build

## Previews the sample newsroom at http://127.0.0.1:$(PORT)/ with live reload.
serve: release
	$(RELEASE_BIN) serve --port $(PORT)

## Checks the sample site's content, links and templates without writing anything.
check: build
	$(DEBUG_BIN) check

## Runs every test: the unit and integration tests, the checks of the built sites (HTML,
## feeds, sitemap, links, determinism), the live-reload check, the workflow linters, and 10 s
## of each fuzz target (which first replays every seed and every input that once failed).
## scripts/test.sh runs independent steps side by side and ends with a table of their times.
test: test-deps
	SWIFT="$(SWIFT)" scripts/test.sh

## Runs every libFuzzer target for FUZZ_TIME seconds (default 60), then the differential test
## of the preview for DIFFERENTIAL_STEPS edits (default 10,000) with a new seed; see
## docs/fuzzing.md.
fuzz: deps
	scripts/fuzz.sh
	scripts/differential.sh

## Benchmarks in a release build; see docs/performance.md.
bench: deps
	scripts/bench.sh

## Runs every test under AddressSanitizer (with LeakSanitizer), then under ThreadSanitizer, each
## in a build folder of its own; the zeche processes the tests start are built the same way.
## Not part of `make test`. On two cores each sanitizer needs about 1.5 min to build from
## scratch; the tests then take about 3 min under ASan and 3.5 min under TSan (see
## scripts/sanitizers/README.md). TSan sleeps 1 s at every process exit by default; 50 ms
## keeps the hundreds of zeche runs of the tests affordable.
SANITIZER_ENV := ASAN_OPTIONS=suppressions=$(CURDIR)/scripts/sanitizers/asan.supp \
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/sanitizers/lsan.supp:print_suppressions=0 \
	TSAN_OPTIONS=suppressions=$(CURDIR)/scripts/sanitizers/tsan.supp:atexit_sleep_ms=50
sanitize: test-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	$(SANITIZER_ENV) $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SANITIZER_ENV) $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

## The zeche that `make install` and `make dist` ship, in $(DIST_BIN): stamped with the version
## from git (scripts/version.sh); on Linux static (Swift's runtime, Foundation and cmark-gfm
## linked in) and stripped. See docs/install.md.
binary: dist-deps
	scripts/dist/build-binary.sh

# `make install` builds only when a source is newer than the binary, so that
# `make binary && sudo make install` does not build as root.
$(DIST_BIN): Package.swift $(shell find Sources -type f -name '*.swift' -o -type f -name '*.h' -o -type f -name '*.modulemap')
	@scripts/ensure-deps.sh dist
	scripts/dist/build-binary.sh

## Installs zeche into $(DESTDIR)$(PREFIX)/bin and its man page into
## $(DESTDIR)$(PREFIX)/share/man/man1 (PREFIX=/usr/local unless given).
install: $(DIST_BIN)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1"
	install -m 755 $(DIST_BIN) "$(DESTDIR)$(PREFIX)/bin/zeche"
	install -m 644 docs/zeche.1 "$(DESTDIR)$(PREFIX)/share/man/man1/zeche.1"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/zeche" "$(DESTDIR)$(PREFIX)/share/man/man1/zeche.1"

## Writes dist/: zeche-VERSION-linux-ARCH.tar.gz, zeche_VERSION_ARCH.deb and SHA256SUMS.
dist: binary
	scripts/dist/package.sh

## Checks dist/: checksums, the static zeche with the Swift toolchain hidden, the .deb installed
## into a temporary root, the site workflows' steps, lintian. See scripts/dist/check.sh.
dist-check: dist
	scripts/dist/check.sh

## Rewrites docs/zeche.1 from the help texts (make test checks that it is up to date).
man: build
	scripts/man-page.py $(DEBUG_BIN)

clean:
	rm -rf .build .build-asan .build-tsan .build-fuzz .build-dist dist Output
