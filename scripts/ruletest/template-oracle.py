#!/usr/bin/env python3
"""Alert template expansion as promtool (Prometheus 2.42) does it, used as a black box.

Each case is a template text and a context name. All cases become alerting rules of one rule
file (the template is the annotation `s`); `promtool check rules` gives the parse errors (the
rule-file check Prometheus runs on load), and `promtool test rules` with a deliberately wrong
expectation (`exp_alerts: []`) prints every other alert's expanded annotation in its `got:`
block, Go-quoted.

Usage:
  template-oracle.py CASES.json OUT.json     cases: [{"t": text, "ctx": name}, ...]
  template-oracle.py -e 'TEMPLATE' [CTX]     quick look at one template
Writes [{"t", "ctx", "parse": message or null, "out": expansion or null}, ...].
"""
import json, os, re, subprocess, sys, tempfile

# Alert contexts: name -> (expr, series the expr returns). Every context's expr returns one sample.
CONTEXTS = {
    "api": 'up{job="api"}',
    "db": 'svc_up{job="db"}',
    "big": "vector(1234567.891)",
    "small": "vector(0.000123456)",
    "neg": "vector(-42.5)",
    "nan": "vector(NaN)",
    "inf": "vector(+Inf)",
    "zero": "vector(0)",
    "ts": "vector(1700000000.123)",
    "disk": 'disk_usage{device="sda1"}',
}

# promtool returns the samples of a multi-series query in no fixed order: only `hosts` has
# several series, and cases use it sorted (sortByLabel) or counted.
SERIES = [
    ('up{job="api", instance="web-1.example.com:9090"}', "1"),
    ('svc_up{job="db", instance="10.0.0.7:9100"}', "0"),
    ('hosts{job="api", instance="web-1.example.com:9090"}', "1"),
    ('hosts{job="db", instance="10.0.0.7:9100"}', "0"),
    ('hosts{job="web", instance="[::1]:80"}', "1"),
    ('disk_usage{device="sda1", path="/var/log", team="Équipe", note="a \\"quoted\\" <b>&amp;</b> it\'s"}', "0.8512"),
    ('node_memory_bytes{instance="a"}', "1073741824"),
    ('node_memory_bytes{instance="b"}', "2048"),
    ('temp{room="z", __value__="hot"}', "31.5"),
]

EXTERNAL_LABELS = {"region": "eu-west", "env": "prod"}
EXTERNAL_URL = "http://prom.example.com:9090/prom"


def go_unquote(s, i):
    """Reads a Go %q-quoted string starting at s[i] == '"'; returns (text, index after)."""
    assert s[i] == '"', s[i:i + 20]
    i += 1
    out = bytearray()
    while True:
        c = s[i]
        if c == '"':
            try:
                return out.decode("utf-8"), i + 1
            except UnicodeDecodeError:
                # One U+FFFD per byte that is not part of valid UTF-8, then a marker.
                text, k = "", 0
                while k < len(out):
                    for n in (1, 2, 3, 4):
                        try:
                            text += out[k:k + n].decode("utf-8")
                            k += n
                            break
                        except UnicodeDecodeError:
                            continue
                    else:
                        text += "\ufffd"
                        k += 1
                return text + "\u0000INVALID-UTF8", i + 1
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = s[i + 1]
        simple = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, '"': 34, "'": 39}
        if e in simple:
            out.append(simple[e]); i += 2
        elif e == "x":
            out.append(int(s[i + 2:i + 4], 16)); i += 4
        elif e == "u":
            out += chr(int(s[i + 2:i + 6], 16)).encode("utf-8"); i += 6
        elif e == "U":
            out += chr(int(s[i + 2:i + 10], 16)).encode("utf-8"); i += 10
        elif e in "01234567":
            out.append(int(s[i + 1:i + 4], 8)); i += 4
        else:
            raise ValueError("bad escape " + s[i:i + 4])


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)


def rule_file(cases, numbers):
    lines = ["groups:", "- name: g", "  rules:"]
    for n, c in zip(numbers, cases):
        lines += [f"  - alert: T{n}", f"    expr: {yaml_str(CONTEXTS[c['ctx']])}",
                  "    annotations:", f"      s: {yaml_str(c['t'])}"]
    return "\n".join(lines) + "\n"


def test_file(numbers):
    lines = ["rule_files: [rules.yml]", "evaluation_interval: 1m", "tests:", "- interval: 1m",
             "  external_labels:"]
    lines += [f"    {k}: {yaml_str(v)}" for k, v in EXTERNAL_LABELS.items()]
    lines += [f"  external_url: {yaml_str(EXTERNAL_URL)}", "  input_series:"]
    for s, v in SERIES:
        lines += [f"  - series: {yaml_str(s)}", f"    values: {yaml_str(v)}"]
    lines.append("  alert_rule_test:")
    for n in numbers:
        lines += ["  - eval_time: 0m", f"    alertname: T{n}", "    exp_alerts: []"]
    return "\n".join(lines) + "\n"


def run(cases):
    results = [{"t": c["t"], "ctx": c["ctx"], "parse": None, "out": None} for c in cases]
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "rules.yml"), "w") as f:
            f.write(rule_file(cases, range(len(cases))))
        p = subprocess.run(["promtool", "check", "rules", "rules.yml"], cwd=d, capture_output=True, text=True)
        bad = set()
        for line in (p.stdout + p.stderr).splitlines():
            m = re.match(r'rules\.yml: group "g", rule \d+, "T(\d+)": annotation "s": (.*)$', line)
            if m:
                n = int(m.group(1))
                results[n]["parse"] = m.group(2)
                bad.add(n)
            elif line.startswith("rules.yml:"):
                sys.stderr.write("unexpected check output: " + line + "\n")
        good = [n for n in range(len(cases)) if n not in bad]
        if not good:
            return results
        sub = [cases[n] for n in good]
        with open(os.path.join(d, "rules.yml"), "w") as f:
            f.write(rule_file(sub, good))
        with open(os.path.join(d, "test.yml"), "w") as f:
            f.write(test_file(good))
        p = subprocess.run(["promtool", "test", "rules", "test.yml"], cwd=d, capture_output=True, text=True)
        text = p.stdout + p.stderr
        for m in re.finditer(r"alertname: T(\d+), time: 0s, \n\s*exp:\[\], \n\s*got:\[\n(.*?)\n\s*\]\n", text, re.S):
            n = int(m.group(1))
            block = m.group(2)
            k = block.find('Annotations:{s="')
            if k < 0:
                sys.stderr.write(f"no annotation for T{n}: {block}\n")
                continue
            val, _ = go_unquote(block, k + len("Annotations:{s="))
            results[n]["out"] = val
        missing = [n for n in good if results[n]["out"] is None]
        if missing:
            sys.stderr.write(f"{len(missing)} cases without output, e.g. {cases[missing[0]]}\n")
            if len(missing) == len(good):
                sys.stderr.write(text[-3000:])
    return results


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "-e":
        ctx = sys.argv[3] if len(sys.argv) > 3 else "api"
        r = run([{"t": sys.argv[2], "ctx": ctx}])[0]
        print(("PARSE: " + r["parse"]) if r["parse"] is not None else r["out"])
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "-l":
        # one template per line on stdin (\n written as \\n), context api
        ts = [l.rstrip("\n").replace("\\n", "\n") for l in sys.stdin if l.strip()]
        for r in run([{"t": t, "ctx": "api"} for t in ts]):
            print(repr(r["t"]), "=>", ("PARSE: " + r["parse"]) if r["parse"] is not None else repr(r["out"]))
        return
    cases = json.load(open(sys.argv[1]))
    res = run(cases)
    json.dump(res, open(sys.argv[2], "w"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
