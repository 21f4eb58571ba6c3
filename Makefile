# stackc — build, run and test with only the Swift toolchain.
SWIFT ?= swift
BIN_DEBUG = .build/debug/stackc
BIN_RELEASE = .build/release/stackc

.PHONY: all build release run examples example-goldens install test test-reference goldens bench clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

## Build, then compile the production example stack into out/prod.
run: build
	$(BIN_DEBUG) build examples/environments/prod/main.jsonnet -o out/prod

## Compile every example environment into out/, lint it, check its rules with promtool if
## present, and run the example rule tests (examples/tests) with stackc test.
examples: build
	@for env in examples/environments/*/; do \
		name=$$(basename $$env); \
		$(BIN_DEBUG) build $$env/main.jsonnet -o out/$$name || exit 1; \
		scripts/check-rules.sh $(BIN_DEBUG) $$env/main.jsonnet || exit 1; \
		$(BIN_DEBUG) lint --format github $$env/main.jsonnet || exit 1; \
	done
	@if command -v yamllint >/dev/null 2>&1; then yamllint -d relaxed --no-warnings out/; else echo "yamllint not installed, skipping"; fi
	$(BIN_DEBUG) test examples/tests/*.test.yml examples/tests/*.test.jsonnet

## Install the release binary and the bundled library (found by the binary in ../share/stackc/stdlib).
PREFIX ?= /usr/local
install: release
	install -d $(PREFIX)/bin $(PREFIX)/share/stackc
	install -m 755 $(BIN_RELEASE) $(PREFIX)/bin/stackc
	rm -rf $(PREFIX)/share/stackc/stdlib
	cp -R stdlib $(PREFIX)/share/stackc/stdlib

## Regenerate the committed golden output trees of the examples (after a deliberate change).
example-goldens: build
	@for env in examples/environments/*/; do \
		name=$$(basename $$env); \
		$(BIN_DEBUG) build $$env/main.jsonnet -o Tests/CLITests/trees/$$name || exit 1; \
	done

## Every test: golden language cases and CLI cases.
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Compare every golden with the reference implementations (needs `pip install gojsonnet` and
## promtool from `apt-get install prometheus`).
test-reference:
	python3 scripts/gen-goldens.py --check
	python3 scripts/gen-stdlib-goldens.py --check
	python3 scripts/ruletest/gen-cases.py --check

## Speed race against the reference implementations present (release build; see Benchmarks/).
bench: release
	python3 Benchmarks/run.py

## Regenerate goldens from go-jsonnet (after adding cases).
goldens:
	python3 scripts/gen-goldens.py
	python3 scripts/gen-stdlib-goldens.py

clean:
	rm -rf .build
