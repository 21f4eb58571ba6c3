#!/usr/bin/env bash
# Checks every PrometheusRule an example stack produces with `promtool check rules`, when
# promtool is installed (skipped with a note otherwise).
# Usage: scripts/check-rules.sh STACKC STACK.jsonnet
set -euo pipefail
stackc="$1"
stack="$2"
if ! command -v promtool >/dev/null 2>&1; then
    echo "check-rules: promtool not installed, skipping $stack" >&2
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$stackc" build --format json -o "$work/json" "$stack" 2>/dev/null
n=0
while IFS= read -r f; do
    if [ "$("$stackc" eval -S -e "(import '$f').kind")" = "PrometheusRule" ]; then
        "$stackc" eval -S -e "std.manifestYamlDoc((import '$f').spec)" > "$work/rules-$n.yaml"
        n=$((n + 1))
    fi
done < <(find "$work/json" -name '*.json' | sort)
if [ "$n" -eq 0 ]; then
    echo "check-rules: no PrometheusRule in $stack" >&2
    exit 0
fi
promtool check rules "$work"/rules-*.yaml
