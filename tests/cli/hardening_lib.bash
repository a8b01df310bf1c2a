# Helpers for the hardening CLI tests: large generated datasets and map fingerprints.
# Sourced after interop_lib.bash.

# gen_dataset DIR TAG ORGS FLOWS: a dataset folder whose every name and note carries TAG,
# with distinct flow keys, so that two datasets (A, B) differ in every row.
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

# fingerprint DB: a hash of everything the map holds (exits non-zero if the map cannot be read).
fingerprint() {
  local json
  json=$("$BIN" --db "$1" export json -o - --privacy internal 2>"$TMP/.fperr") || return 1
  md5sum <<<"$json" | cut -d' ' -f1
}

# integrity DB: SQLite's own check of the file.
integrity() { sqlite3 "$1" "PRAGMA integrity_check;"; }
