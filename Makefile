# stackc — build, run and test with only the Swift toolchain.
SWIFT ?= swift
BIN_DEBUG = .build/debug/stackc
BIN_RELEASE = .build/release/stackc

.PHONY: all build release run test test-reference goldens bench clean

all: build

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

## Build, then evaluate the example stack.
run: build
	$(BIN_DEBUG) eval examples/hello.jsonnet

## Every test: golden language cases and CLI cases.
test:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Compare every golden with the reference implementation (needs `pip install gojsonnet`).
test-reference:
	python3 scripts/gen-goldens.py --check

## Speed race against the reference implementations present (release build; see Benchmarks/).
bench: release
	python3 Benchmarks/run.py

## Regenerate goldens from go-jsonnet (after adding cases).
goldens:
	python3 scripts/gen-goldens.py

clean:
	rm -rf .build
