#!/usr/bin/env bash
# On screen, the report's whole map and gaps map are explorer pages (docs/report.md, "Maps"):
# each in a sandboxed frame whose srcdoc is the page `stakemap explore` writes for that view,
# escaped so that no name can leave the attribute; --static-maps leaves them out. The pages
# themselves are checked by cli.explore and, in chromium, by cli.browser_report.
source "$(dirname "$0")/lib.bash" "$@"

use_map bundled "$DATA"
"$BIN" --quiet report -o report.html || fail "report failed"
"$BIN" --quiet report --static-maps -o static.html || fail "report --static-maps failed"
"$BIN" list flows --layer any --format csv > flows.csv || fail "list flows"
"$BIN" list orgs --format csv > orgs.csv || fail "list orgs"

cp -r "$FIX/render/hostile" hostile
printf '%s\n' 'img,<img src=x onerror=alert(1)>,local,ngo,first-line,BE' \
  'quote2,"Say ""hi"" & <b>leave</b> \",local,ngo,none,BE' >> hostile/organisations.csv
use_map hostile hostile
"$BIN" --quiet report -o hostile.html || fail "report of the hostile map failed"

/usr/bin/python3 - <<'PY' || fail "the report's explorer frames are wrong"
import csv, json, re
from html.parser import HTMLParser

class Frames(HTMLParser):
    """The report's iframes (attributes unescaped by the parser) and its script count."""
    def __init__(self):
        super().__init__()
        self.frames, self.scripts = [], 0
    def handle_starttag(self, tag, attrs):
        if tag == "iframe":
            self.frames.append(dict(attrs))
        if tag == "script":
            self.scripts += 1

def frames(path):
    p = Frames()
    p.feed(open(path, encoding="utf-8").read())
    return p

def data(page):
    return json.loads(re.search(r'<script type="application/json" id="stakemap-data">(.*?)</script>', page, re.S).group(1))

flows = list(csv.DictReader(open("flows.csv", encoding="utf-8")))
orgs = list(csv.DictReader(open("orgs.csv", encoding="utf-8")))
report = frames("report.html")
assert len(report.frames) == 2, len(report.frames)
assert report.scripts == 1, "the report itself has one script (table sorting)"
for frame, view in zip(report.frames, ("map", "gaps")):
    assert frame["sandbox"] == "allow-scripts allow-downloads", frame["sandbox"]
    assert frame["class"] == "explorer"
    page = frame["srcdoc"]
    assert page.startswith("<!DOCTYPE html>"), page[:40]
    assert "default-src &#39;none&#39;" in page, "the page keeps its own Content-Security-Policy"
    d = data(page)
    assert d["view"] == view, (d["view"], view)
    assert [o["id"] for o in d["orgs"]] == [o["id"] for o in orgs], "the page holds every organisation"
    assert len(d["flows"]) == len(flows), (len(d["flows"]), len(flows))
assert frames("static.html").frames == [], "--static-maps leaves the explorers out"
static = open("static.html", encoding="utf-8").read()
assert static.count('<figure class="map">') == 2 and "srcdoc" not in static

hostile = frames("hostile.html")
assert len(hostile.frames) == 2 and hostile.scripts == 1, (len(hostile.frames), hostile.scripts)
names = [o["name"] for o in data(hostile.frames[0]["srcdoc"])["orgs"]]
assert "<img src=x onerror=alert(1)>" in names, names
assert 'Say "hi" & <b>leave</b> \\' in names, names
raw = open("hostile.html", encoding="utf-8").read()
assert "<img src=x" not in raw and "<b>leave" not in raw, "a name reached the report unescaped"
PY
echo "report: two explorer frames (map, gaps) with every organisation and flow; --static-maps: pictures only"
