# The one helper library of the CLI tests (sourced, not a test itself: ctest runs *.sh only).
# Usage, first line of a test:  source "$(dirname "$0")/lib.bash" "$@"
# ctest passes STAKEMAP FIXTURES_DIR SOURCE_DIR. The library sets
#   BIN   the stakemap binary          FIX   tests/fixtures
#   SRC   the source tree              DATA  the bundled dataset (datasets/belgium-2022)
#   TMP   a fresh folder, the current one, removed when the test ends
# and leaves no STAKEMAP_DB set: a test names its map with use_map or --db.
# Every check stops the test at the first failure, naming the script and its line.
set -u
BIN=$(realpath "$1")
FIX=$(realpath "$2")
SRC=$(realpath "$3")
DATA=$SRC/datasets/belgium-2022
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1
unset STAKEMAP_DB

# fail MESSAGE: prints "FAIL script:line: MESSAGE" (the test's own line, even when called from
# a helper below) on stderr and ends the test with exit 1.
fail() {
  local i=0
  while [ "${BASH_SOURCE[i + 1]:-}" = "${BASH_SOURCE[0]}" ]; do i=$((i + 1)); done
  echo "FAIL $(basename "${BASH_SOURCE[i + 1]:-$0}"):${BASH_LINENO[i]}: $*" >&2
  exit 1
}

# skip REASON: ends the test as skipped (exit 77, see tests/CMakeLists.txt), e.g. a missing tool.
skip() {
  echo "SKIP: $*"
  exit 77
}

# --- Maps ------------------------------------------------------------------------------------
# use_map NAME [SOURCE [IMPORT-OPTIONS...]]: the map $TMP/NAME.db, made afresh (any old file
# removed) and set as STAKEMAP_DB for every command after it. With SOURCE (a dataset folder or
# file) it is imported; without, the map is created empty (`stakemap init`).
use_map() {
  local name=$1
  shift
  export STAKEMAP_DB=$TMP/$name.db
  rm -f "$STAKEMAP_DB" "$STAKEMAP_DB-wal" "$STAKEMAP_DB-shm"
  if [ $# -gt 0 ]; then
    "$BIN" --quiet import "$@" >/dev/null 2>"$TMP/.map.err" || fail "import $* into $name.db: $(cat "$TMP/.map.err")"
  else
    "$BIN" init >/dev/null 2>"$TMP/.map.err" || fail "init $name.db: $(cat "$TMP/.map.err")"
  fi
}

# dump DB: every row of every table (SQLite's own dump), to compare a map before and after; the
# map image left out (a cache that read commands store: docs/storage.md#the-map-image).
dump() { sqlite3 "$1" .dump | grep -v "^INSERT INTO map_image VALUES"; }

# snapshot DB: the map's records as stakemap sees them (JSON export with personal data), without
# what describes the map rather than its records: its rounds, the synthetic mark and the flow ids
# (a map that imported the same flows twice numbers them anew).
snapshot() {
  "$BIN" --db "$1" export json -o - --privacy internal 2>/dev/null |
    python3 -c "import json,sys; d=json.load(sys.stdin); d.pop('rounds'); d.pop('synthetic'); [f.pop('id') for f in d['flows']]; print(json.dumps(d, ensure_ascii=False, indent=1))"
}

# fingerprint DB: a hash of the map's JSON export with personal data, without flow ids (as
# snapshot); fails (status 1) when the map cannot be read.
fingerprint() {
  local json
  json=$("$BIN" --db "$1" export json -o - --privacy internal 2>"$TMP/.fperr") || return 1
  json=$(python3 -c "import json,sys; d=json.load(sys.stdin); [f.pop('id') for f in d['flows']]; print(json.dumps(d, ensure_ascii=False, indent=1))" <<<"$json") || return 1
  md5sum <<<"$json" | cut -d' ' -f1
}

# integrity DB: SQLite's own check of the file ("ok" when sound).
integrity() { sqlite3 "$1" "PRAGMA integrity_check;"; }

# count TABLE: the rows of a table of the current map ($STAKEMAP_DB).
count() { sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM $1"; }

# gen_dataset DIR TAG ORGS FLOWS: a dataset folder whose every name and note carries TAG, with
# distinct flow keys, so that two datasets (A, B) differ in every row.
gen_dataset() {
  local dir=$1 tag=$2 n=$3 m=$4
  mkdir -p "$dir"
  printf 'id,kind,name\nBE,country,Belgium\n' >"$dir/territories.csv"
  awk -v n="$n" -v m="$m" -v tag="$tag" -v d="$dir" 'BEGIN {
    o = d "/organisations.csv"; f = d "/flows.csv"
    print "id,name,kind,level,territories,domains" > o
    for (i = 0; i < n; i++) printf "org-%05d,Organisation %d %s,ngo,local,BE,social|legal\n", i, i, tag > o
    print "from,to,status,basis,population,note" > f
    for (j = 0; j < m; j++) { a = j % n; b = (a + 1 + int(j / n)) % n
      printf "org-%05d,org-%05d,active,voluntary,all,flow %d %s\n", a, b, j, tag > f }
  }'
}

# hostile_dataset DIR: the foundation fixture copied to DIR, with organisations hostile-0 to
# hostile-3 named like a formula (=1+1), with quotes and markup, with control characters and an
# OOXML escape (_x0041_), and like a phone number (+32 ...): for the spreadsheet exports.
hostile_dataset() {
  cp -r "$FIX/foundation/good" "$1"
  /usr/bin/python3 - "$1/organisations.csv" <<'PY'
import csv, sys
names = ["=1+1", '@SUM(A1) "quoted" <b>bold</b>', "Tab\there\x01\x1f and _x0041_ -5", "+32 2 555 01 01"]
with open(sys.argv[1], "a", newline="", encoding="utf-8") as f:
    for i, name in enumerate(names):
        csv.writer(f).writerow([f"hostile-{i}", name, "ngo", "local", "fr", "BE-BRU", "legal", "undocumented",
                                "legal", "first-line", "no", "no-trust", "no", "", "", ""])
PY
}

# xlsx_equals BOOK SHEET CSV [SHEET CSV ...]: each sheet holds its CSV file's rows, numbers as
# number cells (tests/cli/xlsx_equals.py, python3-openpyxl); prints the number of number cells.
# Fails (status 1) naming the first cell that differs.
xlsx_equals() { /usr/bin/python3 "$SRC/tests/cli/xlsx_equals.py" "$@"; }

# --- Running stakemap --------------------------------------------------------------------------
# run ARGS...: runs stakemap; sets rc (exit code), out (stdout) and err (stderr).
run() {
  last="stakemap $*"
  "$BIN" "$@" >"$TMP/.out" 2>"$TMP/.err"
  rc=$?
  out=$(cat "$TMP/.out")
  err=$(cat "$TMP/.err")
}

# expect_rc CODE: the last run exited with CODE.
expect_rc() {
  [ "$rc" = "$1" ] || fail "$last: expected exit $1, got $rc
stdout: $out
stderr: $err"
}

# expect_exit CODE MESSAGE_PART ARGS...: stakemap ARGS exits with CODE, MESSAGE_PART (fixed
# string, may be empty) is on stderr and nothing is on stdout.
expect_exit() {
  local code=$1 part=$2
  shift 2
  run "$@"
  expect_rc "$code"
  contains "$err" "$part"
  [ -z "$out" ] || fail "$last wrote to stdout: $out"
}

# --- Checking text and files -------------------------------------------------------------------
# contains TEXT PART: PART (a fixed string, possibly of several lines) occurs in TEXT.
contains() {
  case "$1" in *"$2"*) ;; *) fail "${last:-}: expected '$2' in:
$1" ;; esac
}

# lacks TEXT PART: PART does not occur in TEXT.
lacks() {
  case "$1" in *"$2"*) fail "${last:-}: did not expect '$2' in:
$1" ;; esac
}

# same GOT EXPECTED: two strings are equal.
same() {
  [ "$1" = "$2" ] || fail "${last:-}: differs:
--- got
$1
--- expected
$2"
}

# has_line FILE LINE: FILE holds LINE exactly, as a whole line.
has_line() { grep -qxF -- "$2" "$1" || fail "$(basename "$1") lacks the line: $2"; }

# has_text FILE TEXT: FILE holds TEXT (a fixed string).
has_text() { grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"; }

# well_formed FILE...: xmllint reads each file as well-formed XML.
well_formed() {
  xmllint --noout "$@" 2>"$TMP/.xml.err" || fail "not well-formed XML: $(head -3 "$TMP/.xml.err")"
}

# svg_texts FILE.svg: the text of every <text> element, one per line, decoded (xmllint writes
# text nodes back as XML: only & < > are escaped, & as &amp;).
svg_texts() {
  xmllint --xpath "//*[local-name()='text']/text()" "$1" 2>/dev/null | sed -e 's/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
  echo
}

# --- Memory bounds (tests/hardening) -----------------------------------------------------------
# need_prlimit: skips the test under the sanitizers (their shadow memory needs terabytes of
# address space), or when prlimit or /usr/bin/python3 (set as PY, the input generator) is missing.
need_prlimit() {
  [ -z "${ASAN_OPTIONS:-}${UBSAN_OPTIONS:-}" ] || skip "memory limits do not apply under the sanitizers"
  PY=/usr/bin/python3
  [ -x "$PY" ] || skip "$PY (the input generator) is missing"
  command -v prlimit >/dev/null || skip "prlimit (util-linux) is missing"
}

# bounded ARGS...: stakemap ARGS within 1 GiB of address space, like `run`.
bounded() {
  last="stakemap $* (under prlimit --as=1 GiB)"
  prlimit --as=$((1 << 30)) -- "$BIN" "$@" >"$TMP/.out" 2>"$TMP/.err"
  rc=$?
  out=$(cat "$TMP/.out")
  err=$(cat "$TMP/.err")
}
