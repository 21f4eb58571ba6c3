import sys, subprocess, json
qs = [q for q in open(sys.argv[1]).read().split("\n") if q.strip()]
ours = subprocess.run(["/tmp/pqpkg/.build/debug/pqcli"], input="\n".join(qs)+"\n", capture_output=True, text=True).stdout.split("\n")
ours = {l.split("\t")[0]: l.split("\t")[1:] for l in ours if l}
for q in qs:
    rule = "groups:\n- name: g\n  rules:\n  - record: r\n    expr: " + json.dumps(q.replace("⏎","\n")) + "\n"
    open("/tmp/pq/r.yml","w").write(rule)
    p = subprocess.run(["promtool","check","rules","/tmp/pq/r.yml"],capture_output=True,text=True)
    pe = (p.stdout+p.stderr).strip().split("could not parse expression: ")[-1].replace("\n"," | ") if p.returncode else ""
    o = ours.get(q, ["?", "?"])
    if p.returncode == 0 and o[0] == "OK":
        print(f"ok   {q}  =>  {o[1]}")
    elif p.returncode != 0 and o[0] == "ERR" and o[1] == pe:
        print(f"ok   {q}  !!  {pe}")
    else:
        print(f"DIFF {q}\n       promtool: {pe or 'OK'}\n       ours:     {o}")
