# Zeche: the two commands of the quick start are `make site` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/zeche
DEBUG_BIN := .build/debug/zeche
PORT ?= 8000

.PHONY: site test deps test-deps build release serve check bench fuzz clean

deps:
	@scripts/ensure-deps.sh build

test-deps:
	@scripts/ensure-deps.sh test

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
## feeds, sitemap, links, determinism) and the workflow linters.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/check-sites.sh $(DEBUG_BIN)
	scripts/check-live-reload.py $(DEBUG_BIN)
	scripts/lint-workflows.sh

## Benchmarks in a release build; see docs/performance.md.
bench: deps
	scripts/bench.sh

clean:
	rm -rf .build Output
