# Zeche: the two commands of the quick start are `make site` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/zeche
DEBUG_BIN := .build/debug/zeche

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

## Runs every test: unit and integration tests, then the checks of the built sites.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/lint-workflows.sh

clean:
	rm -rf .build Output
