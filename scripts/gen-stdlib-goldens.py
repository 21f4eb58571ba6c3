#!/usr/bin/env python3
"""Regenerate Tests/StdlibTests/cases/*.golden from go-jsonnet 0.22 with the bundled library.

Usage: scripts/gen-stdlib-goldens.py [--check] [NAME.jsonnet ...]
Each case is evaluated from the cases folder with `stdlib/` as the library path; the golden
holds go-jsonnet's output, or its error text with the library's absolute path written
`<stdlib>/` (the test rewrites stackc's traces the same way). Needs `pip install gojsonnet`.
"""
import glob, os, sys
import _gojsonnet

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, '..', 'Tests', 'StdlibTests', 'cases')
STDLIB = os.path.normpath(os.path.join(HERE, '..', 'stdlib'))

def expected(name):
    try:
        out = _gojsonnet.evaluate_file(name, jpathdir=[STDLIB])
    except RuntimeError as e:
        out = str(e)
    return out.replace(STDLIB + '/', '<stdlib>/')

def main(argv):
    check = '--check' in argv
    names = [os.path.basename(a) for a in argv if not a.startswith('--')]
    os.chdir(CASES)
    if not names:
        names = sorted(glob.glob('*.jsonnet'))
    bad = 0
    for name in names:
        golden = name[:-len('.jsonnet')] + '.golden'
        want = expected(name)
        if check:
            have = open(golden, encoding='utf-8').read() if os.path.exists(golden) else None
            if have != want:
                bad += 1
                print('differs:', golden)
        else:
            with open(golden, 'w', encoding='utf-8') as f:
                f.write(want)
    if check and bad:
        sys.exit(1)

main(sys.argv[1:])
