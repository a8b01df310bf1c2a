#!/usr/bin/env bash
# stakemap explore: one self-contained HTML file. Its CSP forbids every network request and
# allows only the inline script and style whose SHA-256 it lists (checked with Python's
# hashlib); it names no http(s) URL; the data block holds the map (57 organisations, every
# flow) and cannot be broken out of by hostile names; bad views are refused with no file left.
source "$(dirname "$0")/lib.bash" "$@"
use_map belgium "$DATA"

run explore -o map.html
expect_rc 0
contains "$err" "map.html"
[ -s map.html ] || fail "map.html not written"

# The CSP: default-src 'none', script and style by hash, the hashes those of the inline blocks.
python3 - map.html <<'PY' || fail "CSP check failed"
import base64, hashlib, json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
assert csp, "no CSP meta"
policy = csp.group(1).replace("&#39;", "'").replace("&apos;", "'")
directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in policy.split(";") if d.strip())
assert directives["default-src"] == "'none'", policy
assert "unsafe" not in policy, policy
def h(text): return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
styles = re.findall(r"<style>(.*?)</style>", html, re.S)
assert len(scripts) == 1 and len(styles) == 1, (len(scripts), len(styles))
assert directives["script-src"] == h(scripts[0]), "script hash differs"
assert directives["style-src"] == h(styles[0]), "style hash differs"
assert "connect-src" not in directives and "img-src" not in directives
data = re.search(r'<script type="application/json" id="stakemap-data">(.*?)</script>', html, re.S).group(1)
d = json.loads(data)
assert len(d["orgs"]) == 57, len(d["orgs"])
print(len(d["flows"]))
PY
flows_in_page=$(python3 -c "
import json,re,sys; h=open('map.html',encoding='utf-8').read()
print(len(json.loads(re.search(r'id=\"stakemap-data\">(.*?)</script>',h,re.S).group(1))['flows']))")
flows_in_map=$("$BIN" list flows --format csv | tail -n +2 | wc -l)
same "$flows_in_page" "$flows_in_map"

# No URL of any kind but the SVG namespace the "save as SVG" button writes.
urls=$(grep -oE 'https?://[^"'\'' <)]*' map.html | grep -vxF 'http://www.w3.org/2000/svg' || true)
[ -z "$urls" ] || fail "URLs in the page: $urls"
grep -qiE '<(link|img|iframe|object|embed)\b|src=' map.html && fail "the page loads a resource"

# In French: the page's language and its UI strings.
run explore -o carte.html --lang fr
expect_rc 0
has_text carte.html '<html lang="fr">'
has_text carte.html 'Chercher un nom ou un alias'

# The ego view keeps the organisations within reach; the gaps view has recommended links.
run explore -o ego.html --view ego:fed-statistics:1
expect_rc 0
python3 -c "
import json,re; h=open('ego.html',encoding='utf-8').read()
d=json.loads(re.search(r'id=\"stakemap-data\">(.*?)</script>',h,re.S).group(1))
shown=sum(p is not None for p in d['pos']); assert 1 < shown < 57, shown
assert d['orgs'][d['focus']]['id']=='fed-statistics'" || fail "ego view"
run explore -o gaps.html --view gaps
expect_rc 0
has_text gaps.html '"recommended":[['

# Bad views and options: usage errors (2) or unknown ids (1), and no file written.
expect_exit 2 "obstacles" explore -o bad.html --view obstacles
expect_exit 2 "" explore -o bad.html --view nonsense
expect_exit 1 "nobody" explore -o bad.html --view ego:nobody
expect_exit 2 "-o" explore
[ -e bad.html ] && fail "a failed explore left bad.html"
# A failed run leaves an existing file as it was; a symlink is never written through.
cp map.html keep.html
expect_exit 1 "nobody" explore -o keep.html --view ego:nobody
cmp -s map.html keep.html || fail "a failed explore changed keep.html"
ln -s keep.html link.html
run explore -o link.html
[ "$rc" = 0 ] && fail "explore wrote through a symlink"
cmp -s map.html keep.html || fail "explore wrote through a symlink"

# Hostile names: the data block cannot be closed or commented out, names read back exactly.
cp -r "$FIX/render/hostile" hostile
printf '%s\n' 'img,<img src=x onerror=alert(1)>,local,ngo,first-line,BE' 'comment,<!-- x --> </script><script>alert(2)</script>,local,ngo,none,BE' >> hostile/organisations.csv
use_map hostile hostile
run explore -o hostile.html
expect_rc 0
[ "$(grep -o '</script>' hostile.html | wc -l)" = 2 ] || fail "a name closed a script element"
grep -q '<!--' hostile.html && fail "a name opened an HTML comment"
grep -q '<img' hostile.html && fail "a name became markup"
python3 - hostile.html hostile/organisations.csv <<'PY' || fail "hostile names do not read back"
import csv, json, re, sys
h = open(sys.argv[1], encoding="utf-8").read()
d = json.loads(re.search(r'id="stakemap-data">(.*?)</script>', h, re.S).group(1))
names = [o.get("name", "") for o in d["orgs"]]
for row in csv.DictReader(open(sys.argv[2], encoding="utf-8")):
    assert row["name"] in names, row["name"]
PY
# Privacy: the page goes to partners, so no contacts and no personal attribute reach it.
mkdir contacts
printf 'id,kind,name\nBE,country,Belgium\n' > contacts/territories.csv
printf '%s\n' 'id,name,kind,level,territories,domains,contact_email,phone,budget' \
  'a,Org A,ngo,local,BE,social,jane@example.org,+32 2 555 01 01,12345678' 'b,Org B,ngo,local,BE,social,,,2500' \
  > contacts/organisations.csv
printf 'from,to,status,basis,population\na,b,active,voluntary,all\n' > contacts/flows.csv
use_map contacts contacts
run explore -o contacts.html
expect_rc 0
lacks "$(cat contacts.html)" "jane@example.org"
lacks "$(cat contacts.html)" "555 01 01"
contains "$(cat contacts.html)" "12345678"
echo "explore: page, CSP, data, hostile names and privacy checked"
