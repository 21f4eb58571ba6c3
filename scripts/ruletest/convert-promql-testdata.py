#!/usr/bin/env python3
"""Convert Prometheus PromQL engine test scripts (promql/testdata/*.test) into
promtool rule-test cases (one folder per `eval instant` block).

Usage:
  convert-promql-testdata.py SOURCES.json OUT_DIR

SOURCES.json lists the inputs, each {"file": "/tmp/.../functions.test",
"path": "promql/testdata/functions.test", "commit": "<sha>"}; the repository is
prometheus/prometheus. The .test files are read as data only.

Each `load <interval>` + `eval instant at <t> <expr>` (or eval_ordered /
eval_fail) block becomes Tests/RuleTestingTests/cases/promql-<file>-NNN/test.yml:
one test group whose `interval` is the load interval, whose input_series are the
series loaded since the last `clear` that the expression can select, and one
promql_expr_test with eval_time <t> and exp_samples from the block's result lines
(a bare scalar line becomes a sample without labels; eval_fail gets no
exp_samples). NNN is the block's position in its file, so names stay stable.
When the selected series were loaded with different intervals they are spelled
out at the greatest common interval with `_` gaps. `eval range` blocks and
native-histogram series (`{{...}}`) are skipped, as are blocks identical to an
earlier one (same series, interval, time, expression and result lines).
Nothing here decides a verdict: gen-cases.py asks promtool for expected.*.
"""
import json
import math
import os
import re
import sys

DUR_RE = re.compile(r'^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$')
DUR_UNITS_MS = [365 * 86400000, 7 * 86400000, 86400000, 3600000, 60000, 1000, 1]
IDENT_RE = re.compile(r'[A-Za-z_:][A-Za-z0-9_:]*')
MAX_EXPANDED_VALUES = 20000

# Blocks whose promtool 2.42 answer varies from run to run (an aggregation's
# float sum is accumulated in a varying order, so the last digits differ), found
# with `gen-cases.py --repeat 25`. A corpus expectation must be reproducible, so
# these are not written.
UNSTABLE = {
    'promql-aggregators-015',  # stddev by (instance)(http_requests)
    'promql-aggregators-016',  # stdvar(http_requests)
    'promql-aggregators-017',  # stdvar by (instance)(http_requests)
    'promql-histograms-013',   # histogram_quantile(0.5, sum(rate(...)) by (le))
    'promql-histograms-014',   # histogram_quantile(0.3, avg(rate(...)) by (le))
    'promql-histograms-015',   # histogram_quantile(0.5, avg(rate(...)) by (le))
    'promql-legacy-007',       # AVG(http_requests) BY (job)
}


def parse_duration_ms(s):
    if s == '0':
        return 0
    m = DUR_RE.match(s)
    if not m or not s:
        raise ValueError('bad duration %r' % s)
    return sum(int(g) * u for g, u in zip(m.groups(), DUR_UNITS_MS) if g)


def format_duration_ms(ms):
    if ms == 0:
        return '0s'
    out = ''
    for suffix, unit in (('h', 3600000), ('m', 60000), ('s', 1000), ('ms', 1)):
        if ms >= unit:
            out += '%d%s' % (ms // unit, suffix)
            ms %= unit
    return out


def split_series_line(line):
    """'name{a="b c"} 1 2 3' -> ('name{a="b c"}', '1 2 3'), quotes respected."""
    depth = 0
    quote = None
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c in '"\'`':
            quote = c
        elif c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
        elif c.isspace() and depth == 0:
            return line[:i], line[i:].strip()
        i += 1
    return line, ''


def metric_name(series):
    m = IDENT_RE.match(series)
    return m.group(0) if m else None


def strip_strings(expr):
    return re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`', '""', expr)


def selected_series(expr, series):
    """The loaded series the expression can select by name (all of them when a
    selector has no metric name)."""
    bare = strip_strings(expr)
    for m in re.finditer(r'\{', bare):
        before = bare[:m.start()].rstrip()
        if not before or not re.match(r'[A-Za-z0-9_:]', before[-1]):
            return list(series)
    names = set(IDENT_RE.findall(bare))
    return [s for s in series if metric_name(s[0]) in names]


def expand_values(values):
    """Expand promtool/PromQL-test series notation into one token per step."""
    out = []
    for tok in values.split():
        m = re.match(r'^_x(\d+)$', tok)
        if m:
            out.extend(['_'] * int(m.group(1)))
            continue
        m = re.match(r'^([-+]?[^+\-x]+(?:[eE][-+]?\d+)?)([-+])([^x]+)x(\d+)$', tok)
        if m:
            k = float(m.group(1))
            off = float(m.group(3)) * (1 if m.group(2) == '+' else -1)
            for _ in range(int(m.group(4)) + 1):
                out.append(repr(k) if k != int(k) or abs(k) > 1e15 else str(int(k)))
                k += off
            continue
        m = re.match(r'^([^x]+)x(\d+)$', tok)
        if m:
            out.extend([m.group(1)] * (int(m.group(2)) + 1))
            continue
        out.append(tok)
    return out


def yaml_quote(s):
    return "'" + s.replace("'", "''") + "'"


def yaml_value(v):
    low = v.lower()
    if low in ('nan',):
        return '.nan'
    if low in ('inf', '+inf'):
        return '.inf'
    if low == '-inf':
        return '-.inf'
    return v


def parse_test_file(text):
    """Yield ('load', interval, [(series, values)]), ('clear',),
    ('eval', kind, time, expr, [result lines], lineno)."""
    lines = text.split('\n')
    i = 0
    cmds = []
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        if not line or line.startswith('#'):
            i += 1
            continue
        if line == 'clear':
            cmds.append(('clear',))
            i += 1
            continue
        m = re.match(r'^load\s+(\S+)$', line)
        if m:
            series = []
            i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith('#') \
                    and lines[i][:1] in (' ', '\t'):
                series.append(split_series_line(lines[i].strip()))
                i += 1
            cmds.append(('load', m.group(1), series))
            continue
        m = re.match(r'^(eval|eval_ordered|eval_fail)\s+(instant|range)\s+(.*)$', line)
        if m:
            start = i + 1  # 1-based line of the eval command
            kind, mode, rest = m.groups()
            results = []
            i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith('#') \
                    and lines[i][:1] in (' ', '\t'):
                results.append(lines[i].strip())
                i += 1
            if mode == 'instant':
                mm = re.match(r'^at\s+(\S+)\s+(.*)$', rest)
                cmds.append(('eval', kind, mm.group(1), mm.group(2).strip(), results, start))
            else:
                cmds.append(('skip', 'range', start))
            continue
        cmds.append(('skip', 'unknown: ' + line, i + 1))
        i += 1
    return cmds


def build_case(src, kind, at, expr, results, lineno, loads):
    all_series = [(s, v, iv) for iv, ss in loads for s, v in ss]
    if any('{{' in v for _, v, _ in all_series) or any('{{' in r for r in results):
        return None, 'native histogram'
    chosen = selected_series(expr, all_series)
    intervals = sorted({parse_duration_ms(iv) for _, _, iv in chosen})
    if not intervals:
        interval_ms = parse_duration_ms(loads[0][0]) if loads else 60000
        series_out = []
    elif len(intervals) == 1:
        interval_ms = intervals[0]
        series_out = [(s, v) for s, v, _ in chosen]
    else:
        interval_ms = 0
        for iv in intervals:
            interval_ms = math.gcd(interval_ms, iv)
        series_out = []
        total = 0
        for s, v, iv in chosen:
            step = parse_duration_ms(iv) // interval_ms
            vals = expand_values(v)
            spread = []
            for j, x in enumerate(vals):
                if j:
                    spread.extend(['_'] * (step - 1))
                spread.append(x)
            total += len(spread)
            series_out.append((s, ' '.join(spread)))
        if total > MAX_EXPANDED_VALUES:
            return None, 'mixed load intervals expand too far'

    out = []
    out.append('# Derived from prometheus/prometheus %s@%s, line %d (converted by' % (src['path'], src['commit'][:12], lineno))
    out.append('# scripts/ruletest/convert-promql-testdata.py; expectations come from promtool).')
    out.append('rule_files: []')
    out.append('')
    out.append('tests:')
    out.append('  - interval: %s' % format_duration_ms(interval_ms))
    if series_out:
        out.append('    input_series:')
        for s, v in series_out:
            out.append('      - series: %s' % yaml_quote(s))
            out.append('        values: %s' % yaml_quote(v))
    else:
        out.append('    input_series: []')
    out.append('    promql_expr_test:')
    out.append('      - expr: %s' % yaml_quote(expr))
    out.append('        eval_time: %s' % at)
    if kind != 'eval_fail':
        if results:
            out.append('        exp_samples:')
            for r in results:
                metric, value = split_series_line(r)
                if not value:  # bare scalar
                    out.append('          - value: %s' % yaml_value(metric))
                else:
                    out.append('          - labels: %s' % yaml_quote(metric))
                    out.append('            value: %s' % yaml_value(value))
        else:
            out.append('        exp_samples: []')
    key = (format_duration_ms(interval_ms), tuple(series_out), parse_duration_ms(at), expr, kind, tuple(sorted(results)))
    return ('\n'.join(out) + '\n', key), None


def main():
    sources = json.load(open(sys.argv[1]))
    out_dir = sys.argv[2]
    seen = {}
    made = skipped = 0
    for src in sources:
        base = os.path.basename(src['path'])[:-len('.test')].replace('_', '-')
        text = open(src['file']).read()
        loads = []
        n = 0
        for cmd in parse_test_file(text):
            if cmd[0] == 'clear':
                loads = []
            elif cmd[0] == 'load':
                loads.append((cmd[1], cmd[2]))
            elif cmd[0] == 'skip':
                n += 1
                print('skip %s:%d (%s)' % (src['path'], cmd[2], cmd[1]), file=sys.stderr)
                skipped += 1
            elif cmd[0] == 'eval':
                n += 1
                _, kind, at, expr, results, lineno = cmd
                built, why = build_case(src, kind, at, expr, results, lineno, loads)
                if built is None:
                    print('skip %s:%d (%s)' % (src['path'], lineno, why), file=sys.stderr)
                    skipped += 1
                    continue
                body, key = built
                name = 'promql-%s-%03d' % (base, n)
                if name in UNSTABLE:
                    print('skip %s:%d (%s: promtool answers vary between runs)' % (src['path'], lineno, name),
                          file=sys.stderr)
                    skipped += 1
                    continue
                if key in seen:
                    print('skip %s:%d (same as %s)' % (src['path'], lineno, seen[key]), file=sys.stderr)
                    skipped += 1
                    continue
                seen[key] = name
                d = os.path.join(out_dir, name)
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, 'test.yml'), 'w') as f:
                    f.write(body)
                made += 1
    print('%d cases written, %d blocks skipped' % (made, skipped), file=sys.stderr)


if __name__ == '__main__':
    main()
