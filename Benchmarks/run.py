#!/usr/bin/env python3
"""`make bench`: runs every workload in Benchmarks/workloads with stackc (release build) and
with each reference implementation present, and prints median wall time and peak memory per
workload, with each implementation's time as a ratio to stackc's.

References: the `jsonnet` command on PATH (C++), and through Benchmarks/py_eval.py the Python
modules _gojsonnet (go-jsonnet), _jsonnet (C++ 0.22) and rjsonnet (jrsonnet). Python-wrapped
times include the interpreter's start-up; it is measured and printed so the ratios can be read
honestly. Outputs are checked against go-jsonnet's where both succeed.

Usage: run.py [--runs N] [--timeout S] [--slow S] [--sweep NAME,...] [--only NAME,...] [--markdown FILE] [--stackc PATH]
"""
import argparse, hashlib, os, platform, shutil, subprocess, sys, tempfile, time, statistics

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, 'workloads')
STACKC = os.path.join(ROOT, '.build', 'release', 'stackc')
PY = sys.executable

def python_module_available(name):
    return subprocess.run([PY, '-c', 'import ' + name], capture_output=True).returncode == 0

def implementations():
    impls = [('stackc', lambda f, m: [STACKC, 'eval'] + (['-c', '-m', m] if m else []) + [f])]
    if python_module_available('_gojsonnet'):
        impls.append(('go-jsonnet', lambda f, m: [PY, os.path.join(HERE, 'py_eval.py'), '_gojsonnet', f] + (['-m', m] if m else [])))
    if python_module_available('_jsonnet'):
        impls.append(('cpp-jsonnet', lambda f, m: [PY, os.path.join(HERE, 'py_eval.py'), '_jsonnet', f] + (['-m', m] if m else [])))
    if python_module_available('rjsonnet'):
        impls.append(('jrsonnet', lambda f, m: [PY, os.path.join(HERE, 'py_eval.py'), 'rjsonnet', f] + (['-m', m] if m else [])))
    if shutil.which('jsonnet'):
        impls.append(('jsonnet-cli', lambda f, m: ['jsonnet'] + (['-c', '-m', m] if m else []) + [f]))
    return impls

def run_once(cmd, timeout, cwd):
    """Returns (seconds, peak KiB, exit code, stdout digest) or None on timeout."""
    start = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return (0, 0, 127, '')
    digest = hashlib.sha256()
    deadline = start + timeout
    import selectors
    sel = selectors.DefaultSelector()
    sel.register(p.stdout, selectors.EVENT_READ)
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            p.kill()
            p.wait()
            return None
        if sel.select(timeout=min(left, 1.0)):
            chunk = p.stdout.read1(1 << 20)
            if not chunk:
                break
            digest.update(chunk)
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return (elapsed, usage.ru_maxrss, code, digest.hexdigest())

def python_startup(runs):
    times = []
    for _ in range(runs):
        r = run_once([PY, '-c', 'import _gojsonnet'], 30, HERE)
        if r:
            times.append(r[0])
    return statistics.median(times) if times else 0.0

def main():
    global STACKC
    ap = argparse.ArgumentParser()
    ap.add_argument('--runs', type=int, default=5)
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--slow', type=float, default=10, help='a warm-up slower than this many seconds is the only run')
    ap.add_argument('--only', default='')
    ap.add_argument('--markdown', default='')
    ap.add_argument('--stackc', default=STACKC, help='the stackc binary (default: the release build)')
    ap.add_argument('--sweep', default='', help='workloads taking a top-level `n` to time at n = 10^4, 10^5, 10^6 (stackc only)')
    args = ap.parse_args()
    STACKC = os.path.abspath(args.stackc)
    if not os.path.exists(STACKC):
        sys.exit('build first: swift build -c release')
    if args.sweep:
        sweep(args.sweep.split(','), args)
        return
    names = sorted(f[:-8] for f in os.listdir(WORK) if f.endswith('.jsonnet'))
    if args.only:
        wanted = set(args.only.split(','))
        names = [n for n in names if n in wanted]
    impls = implementations()
    startup = python_startup(5)
    rows = []
    for name in names:
        path = name + '.jsonnet'
        multi = name.startswith('multi_file')
        row = {'name': name, 'results': {}}
        for label, make in impls:
            samples = []
            outcome = 'ok'
            digest = None
            for i in range(args.runs + 1):  # the first run is a warm-up
                tmp = tempfile.mkdtemp(prefix='stackc-bench-') if multi else None
                r = run_once(make(path, tmp), args.timeout, WORK)
                if tmp:
                    shutil.rmtree(tmp, ignore_errors=True)
                if r is None:
                    outcome = 'timeout'
                    break
                if r[2] != 0:
                    outcome = 'error'
                    break
                digest = r[3]
                if i > 0:
                    samples.append(r)
                elif r[0] > args.slow:
                    # A run this slow is its own measurement: repeating it buys no precision.
                    samples.append(r)
                    break
            if outcome == 'ok':
                row['results'][label] = (statistics.median(s[0] for s in samples), max(s[1] for s in samples), digest)
            else:
                row['results'][label] = (None, None, outcome)
            sys.stderr.write('.')
            sys.stderr.flush()
        rows.append(row)
    sys.stderr.write('\n')
    print_table(rows, [l for l, _ in impls], startup, args)

def sweep(names, args):
    """Times stackc on each workload at growing sizes: the cost per element should stay flat."""
    lines = ['| workload | n | stackc time | peak memory | time per element |', '|---|---|---|---|---|']
    for name in names:
        for n in (10**4, 10**5, 10**6):
            cmd = [STACKC, 'eval', '--tla-code', 'n=%d' % n, name + '.jsonnet']
            samples = []
            for i in range(args.runs + 1):
                r = run_once(cmd, args.timeout, WORK)
                if r is None or r[2] != 0:
                    samples = []
                    break
                if i > 0:
                    samples.append(r)
            if not samples:
                lines.append('| %s | %d | failed | | |' % (name, n))
                continue
            t = statistics.median(s[0] for s in samples)
            mem = max(s[1] for s in samples)
            lines.append('| %s | %d | %s | %d MB | %.2f µs |' % (name, n, fmt_time(t), mem // 1024, t / n * 1e6))
        sys.stderr.write('.')
        sys.stderr.flush()
    sys.stderr.write('\n')
    text = '\n'.join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, 'w') as f:
            f.write(text + '\n')

def fmt_time(t):
    return '%.3f s' % t

def print_table(rows, labels, startup, args):
    lines = []
    lines.append('Machine: %s, %d cores, %s; Python start-up (import _gojsonnet): %.3f s, included in the Python-wrapped times.' % (
        platform.machine(), os.cpu_count(), meminfo(), startup))
    lines.append('Median of %d runs after a warm-up; peak memory is the maximum RSS. Ratio = time / stackc time (higher is slower than stackc).' % args.runs)
    lines.append('')
    header = '| workload | ' + ' | '.join(labels) + ' |'
    lines.append(header)
    lines.append('|' + '---|' * (len(labels) + 1))
    ratios = {l: [] for l in labels}
    for row in rows:
        base = row['results'].get('stackc', (None,))[0]
        go = row['results'].get('go-jsonnet', (None, None, None))
        go_digest = go[2] if go[0] is not None else None
        cells = []
        for l in labels:
            t, mem, d = row['results'].get(l, (None, None, 'n/a'))
            if t is None:
                cells.append(d)
                continue
            cell = '%s, %d MB' % (fmt_time(t), mem // 1024)
            if l != 'stackc' and base:
                cell += ', ×%.2f' % (t / base)
                ratios[l].append(t / base)
            if l == 'stackc' and go_digest and d != go_digest and not row['name'].startswith('multi_file'):
                cell += ' (output differs from go-jsonnet)'
            cells.append(cell)
        lines.append('| %s | %s |' % (row['name'], ' | '.join(cells)))
    geo = []
    for l in labels[1:]:
        rs = ratios[l]
        if rs:
            g = 1.0
            for r in rs:
                g *= r
            geo.append('%s ×%.2f over %d workloads' % (l, g ** (1 / len(rs)), len(rs)))
    lines.append('')
    lines.append('Geometric mean of the ratios: ' + ('; '.join(geo) if geo else 'n/a'))
    text = '\n'.join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, 'w') as f:
            f.write(text + '\n')

def meminfo():
    try:
        with open('/proc/meminfo') as f:
            kb = int(f.readline().split()[1])
        return '%.0f GiB memory' % (kb / 1024 / 1024)
    except OSError:
        return 'unknown memory'

main()
