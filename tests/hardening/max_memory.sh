#!/usr/bin/env bash
# --max-memory SIZE and $STAKEMAP_MAX_MEMORY (docs/security.md, "Memory cap"): a command that
# needs more than the cap stops with exit 1 and "out of memory: the command needed more than the
# memory limit of …", and the map is unchanged; the same command under a generous cap works. A
# drawing that Graphviz cannot finish under the cap says so too.
# The input: a Kumu JSON file of 6 000 elements and 60 000 connections (about 17 MB, generated
# by an export), whose import needs about 300 MiB of address space (JSON is read whole).
# Skipped under the sanitizers (their shadow memory needs terabytes of address space).
source "$(dirname "$0")/../cli/lib.bash" "$@"

[ -z "${ASAN_OPTIONS:-}${UBSAN_OPTIONS:-}" ] || skip "memory limits do not apply under the sanitizers"

gen_dataset big K 6000 60000
"$BIN" --quiet import big --db source.db >/dev/null 2>&1 || fail "import the generated dataset"
"$BIN" --quiet export kumu-json -o big.json --db source.db 2>/dev/null || fail "export kumu-json"
gen_dataset small S 40 200
use_map m small
before=$(fingerprint "$STAKEMAP_DB")
dump_before=$(dump "$STAKEMAP_DB" | md5sum)

# unchanged: the map is as it was, record for record and row for row.
unchanged() {
  same "$(fingerprint "$STAKEMAP_DB")" "$before"
  same "$(dump "$STAKEMAP_DB" | md5sum)" "$dump_before"
}

# Under a cap of 128 MiB (the least accepted), as an option before or after the command, and
# from the environment: exit 1, the message, nothing on stdout, the map unchanged.
message="out of memory: the command needed more than the memory limit of 128 MiB (--max-memory or STAKEMAP_MAX_MEMORY)"
expect_exit 1 "$message" --max-memory 128M import big.json --kind kumu
unchanged
expect_exit 1 "$message" import big.json --kind kumu --max-memory=128M
unchanged
STAKEMAP_MAX_MEMORY=128M expect_exit 1 "$message" import big.json --kind kumu
unchanged
lacks "$err" "internal error"

# A drawing of 6 000 organisations under 160 MiB: Graphviz and Pango run out (they do not all
# check malloc: exit 1 from Graphviz, or a crash), or the analyses before them do. Either way a
# line names the limit, no file is written and the map is unchanged.
cp source.db draw.db
draw_before=$(dump draw.db | md5sum)
"$BIN" --quiet --max-memory 160M render -o map.svg --db draw.db >/dev/null 2>draw.err
rc=$?
[ "$rc" != 0 ] || fail "render of 6000 organisations under 160 MiB succeeded: the case tests nothing"
[ "$rc" != 3 ] || fail "render under 160 MiB: internal error: $(cat draw.err)"
contains "$(cat draw.err)" "the memory limit of 160 MiB (--max-memory or STAKEMAP_MAX_MEMORY)"
[ -e map.svg ] && fail "render under 160 MiB wrote map.svg"
ls -A | grep -q '^\.map\.svg\.' && fail "render under 160 MiB left a temporary file"
same "$(dump draw.db | md5sum)" "$draw_before"

# The option wins over the environment; a generous cap lets the same import through.
"$BIN" --quiet import small/territories.csv --db kumu.db >/dev/null 2>&1 || fail "import the territories"
STAKEMAP_MAX_MEMORY=128M run --quiet --max-memory 2G import big.json --kind kumu --db kumu.db
expect_rc 0
same "$(sqlite3 kumu.db 'SELECT count(*) FROM flow')" 60000
STAKEMAP_MAX_MEMORY=1G run list orgs --format csv
expect_rc 0
same "$(($(wc -l <<<"$out") - 1))" 40

# Values that are not sizes, or too small to run in: usage errors (exit 2), before any work.
expect_exit 2 "--max-memory '12X' is not a memory size" --max-memory 12X list orgs
expect_exit 2 "--max-memory '64M' is below 128 MiB" list orgs --max-memory 64M
STAKEMAP_MAX_MEMORY=lots expect_exit 2 "STAKEMAP_MAX_MEMORY 'lots' is not a memory size" list orgs
unchanged
echo "max_memory: ok"
