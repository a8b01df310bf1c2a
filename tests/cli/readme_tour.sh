#!/usr/bin/env bash
# The README's tour works as written: every `$ ` command of its console blocks runs, in order, in
# a fresh folder after nothing but the tour itself (it starts with `stakemap demo`). A command
# whose shown output starts with "stakemap:" must fail (the tour shows a refusal); every other
# one must succeed. Every line of shown output must be in what the command prints, except "..."
# and lines with a time stamp (history).
source "$(dirname "$0")/lib.bash" "$@"
README=$SRC/README.md
[ -f "$README" ] || fail "no README.md at $README"

python3 - "$README" tour.json <<'PY' || fail "could not read the tour from README.md"
import json, re, sys
steps, block = [], False
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if line.startswith("```"):
        block = line.strip() == "```console"
        continue
    if not block:
        continue
    if line.startswith("$ "):
        steps.append({"cmd": line[2:], "shown": []})
    elif steps:
        steps[-1]["shown"].append(line.rstrip())
json.dump(steps, open(sys.argv[2], "w"))
assert steps and steps[0]["cmd"].startswith("stakemap demo"), "the tour must start with stakemap demo"
PY

# One shell for the whole tour (its `export` lines carry over), each command's output and exit
# code kept apart.
mkdir tour
python3 - tour.json tour/run.sh <<'PY'
import json, shlex, sys
steps = json.load(open(sys.argv[1]))
with open(sys.argv[2], "w") as out:
    out.write("set -o pipefail\n")
    for i, s in enumerate(steps):
        out.write(f"{{ {s['cmd']}\n}} > out.{i} 2>&1; echo $? > rc.{i}\n")
PY
(cd tour && env -u STAKEMAP_DB PATH="$(dirname "$BIN"):$PATH" STAKEMAP_AUTHOR=ana bash run.sh) || fail "the tour's shell stopped"

python3 - tour.json tour <<'PY' || fail "the README's tour does not work as written (above)"
import json, os, re, sys
steps, folder = json.load(open(sys.argv[1])), sys.argv[2]
bad = 0
for i, s in enumerate(steps):
    rc = int(open(os.path.join(folder, f"rc.{i}")).read())
    got = open(os.path.join(folder, f"out.{i}"), encoding="utf-8", errors="replace").read()
    lines = {l.rstrip() for l in got.split("\n")}
    shown = [l for l in s["shown"] if l.strip()]
    refusal = bool(shown) and shown[0].startswith("stakemap:")
    if (rc != 0) != refusal:
        print(f"$ {s['cmd']}\n  exit {rc}, expected {'a failure' if refusal else '0'}:\n{got}")
        bad += 1
        continue
    for l in shown:
        if l.strip() in ("...", "…") or re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", l):
            continue
        if l not in lines:
            print(f"$ {s['cmd']}\n  the README shows a line it does not print:\n  {l!r}\n  it printed:\n{got}")
            bad += 1
            break
sys.exit(1 if bad else 0)
PY
