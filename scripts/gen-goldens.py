#!/usr/bin/env python3
"""Regenerate golden files from the reference implementation (go-jsonnet 0.22).

Usage: scripts/gen-goldens.py [--check] [PATH/TO/CASE.jsonnet ...]
Without arguments every Tests/JsonnetTests/cases/**/*.jsonnet gets a .golden beside it.
The golden holds exactly what go-jsonnet prints: the JSON output (with its final newline)
or, for an error, the error text. Files are evaluated with the case folder as the working
directory and their path relative to it, so traces name them as `sub/name.jsonnet`.
Needs `pip install gojsonnet`. With --check, only reports goldens that differ.
"""
import os, sys, glob
import _gojsonnet

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Tests', 'JsonnetTests', 'cases')

def expected(rel):
    try:
        return _gojsonnet.evaluate_file(rel)
    except RuntimeError as e:
        return str(e)

def main(argv):
    check = '--check' in argv
    files = [a for a in argv if not a.startswith('--')]
    rels = [os.path.relpath(os.path.abspath(f), ROOT) for f in files]
    os.chdir(ROOT)
    if not rels:
        rels = sorted(glob.glob('**/*.jsonnet', recursive=True))
    bad = 0
    for rel in rels:
        out = expected(rel)
        golden = rel[:-len('.jsonnet')] + '.golden'
        if check:
            old = open(golden, encoding='utf-8', newline='').read() if os.path.exists(golden) else None
            if old != out:
                bad += 1
                print('differs:', golden)
        else:
            with open(golden, 'w', encoding='utf-8', newline='') as f:
                f.write(out)
    if check and bad:
        sys.exit(1)

main(sys.argv[1:])
