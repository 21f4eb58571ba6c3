#!/usr/bin/env python3
"""Evaluates a Jsonnet file with a Python-packaged implementation, for the benchmark.

Usage: py_eval.py MODULE FILE [-m DIR]
MODULE is _gojsonnet (go-jsonnet), _jsonnet (C++ jsonnet) or rjsonnet (jrsonnet). The
evaluation runs on a thread with a 1 GiB stack so that deep recursion is not cut short by
Python's main-thread stack. With -m, the top-level object's fields are written as files, as
`jsonnet -m` does (formatted by Python's json module: same work, not the same bytes).
"""
import importlib, json, os, sys, threading

def main():
    module, path = sys.argv[1], sys.argv[2]
    multi = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == '-m' else None
    mod = importlib.import_module(module)
    result = {}

    def work():
        try:
            result['out'] = mod.evaluate_file(path)
        except BaseException as e:  # report, don't hang the thread
            result['err'] = str(e)

    threading.stack_size(1 << 30)
    t = threading.Thread(target=work)
    t.start()
    t.join()
    if 'err' in result:
        sys.stderr.write(result['err'] + '\n')
        sys.exit(1)
    out = result['out']
    if multi:
        for name, value in json.loads(out).items():
            target = os.path.join(multi, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, 'w') as f:
                f.write(json.dumps(value, indent=3) + '\n')
                sys.stdout.write(target + '\n')
    else:
        sys.stdout.write(out)

main()
