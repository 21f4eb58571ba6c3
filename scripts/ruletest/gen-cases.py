#!/usr/bin/env python3
"""Regenerate (or check) the promtool verdicts of the rule-test corpus.

For every folder under Tests/RuleTestingTests/cases that holds a test.yml, run
exactly what a person would run in that folder:

    promtool test rules test.yml > expected.txt 2>&1

and store promtool's merged output in expected.txt and its exit code in
expected.exit ("<code>\\n").

Usage:
  gen-cases.py [--check] [--repeat N] [--promtool PATH] [--jobs N] [--cases DIR] [NAME-PREFIX ...]

  --check     compare promtool's answers with the stored expected.* instead of
              writing them; print every difference and exit 1 if there is one.
  --repeat N  ask promtool N times per case; a case whose answer varies between
              runs is reported as UNSTABLE (exit 1) and nothing is written for it.
              (promtool 2.42 sums some aggregations in a varying order, so a few
              float results differ in the last digit from run to run; such cases
              are kept out of the corpus.)
  NAME-PREFIX only the cases whose folder name starts with one of these.

Python 3 standard library only. The expectations are whatever promtool says
(written for Prometheus' promtool 2.42); nothing here is hand-written.
"""
import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CASES = os.path.normpath(os.path.join(HERE, '..', '..', 'Tests', 'RuleTestingTests', 'cases'))


def run_promtool(promtool, case_dir):
    # stdout and stderr share one file description, exactly like `> f 2>&1`.
    with tempfile.TemporaryFile() as out:
        proc = subprocess.run([promtool, 'test', 'rules', 'test.yml'], cwd=case_dir,
                              stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                              timeout=300)
        out.seek(0)
        return out.read(), proc.returncode


def read(path):
    try:
        with open(path, 'rb') as f:
            return f.read()
    except FileNotFoundError:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--repeat', type=int, default=1)
    ap.add_argument('--promtool', default='promtool')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 4)
    ap.add_argument('--cases', default=DEFAULT_CASES)
    ap.add_argument('prefixes', nargs='*')
    args = ap.parse_args()

    names = sorted(n for n in os.listdir(args.cases)
                   if os.path.isfile(os.path.join(args.cases, n, 'test.yml'))
                   and (not args.prefixes or any(n.startswith(p) for p in args.prefixes)))
    if not names:
        print('no cases found under %s' % args.cases, file=sys.stderr)
        return 1

    def one(name):
        d = os.path.join(args.cases, name)
        answers = [run_promtool(args.promtool, d) for _ in range(max(1, args.repeat))]
        return name, d, answers

    differences = unstable = 0
    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, d, answers in pool.map(one, names):
            output, code = answers[0]
            if any(a != answers[0] for a in answers[1:]):
                unstable += 1
                print('UNSTABLE: %s (%d different answers in %d runs)'
                      % (name, len(set(answers)), len(answers)))
                continue
            exit_text = ('%d\n' % code).encode()
            if code == 0:
                passed += 1
            else:
                failed += 1
            txt_path = os.path.join(d, 'expected.txt')
            exit_path = os.path.join(d, 'expected.exit')
            if args.check:
                old_txt, old_exit = read(txt_path), read(exit_path)
                if old_txt != output or old_exit != exit_text:
                    differences += 1
                    print('DIFFERENT: %s' % name)
                    if old_exit != exit_text:
                        print('  exit: stored %r, promtool %r' % (old_exit, exit_text))
                    if old_txt != output:
                        diff = difflib.unified_diff(
                            (old_txt or b'').decode('utf-8', 'replace').splitlines(True),
                            output.decode('utf-8', 'replace').splitlines(True),
                            'stored/expected.txt', 'promtool')
                        sys.stdout.writelines('  ' + l for l in diff)
            else:
                if read(txt_path) != output:
                    with open(txt_path, 'wb') as f:
                        f.write(output)
                if read(exit_path) != exit_text:
                    with open(exit_path, 'wb') as f:
                        f.write(exit_text)

    print('%d cases: %d pass under promtool (exit 0), %d do not' % (len(names), passed, failed),
          file=sys.stderr)
    if unstable:
        print('%d case(s) gave varying answers' % unstable, file=sys.stderr)
        return 1
    if args.check:
        if differences:
            print('%d case(s) differ from promtool' % differences, file=sys.stderr)
            return 1
        print('all stored expectations match promtool', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
