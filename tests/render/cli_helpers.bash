# Helpers shared by tests/cli/render_*.sh and tests/cli/analytics.sh (sourced). They need $TMP
# and $S (the stakemap binary).
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
expect_exit() {  # expect_exit CODE MESSAGE_PART command...
  local code="$1" msg="$2"
  shift 2
  "$@" > "$TMP/out" 2> "$TMP/err"
  local rc=$?
  [ "$rc" = "$code" ] || fail "exit $rc instead of $code: $*"
  grep -qF -- "$msg" "$TMP/err" || fail "stderr of '$*' lacks: $msg (got: $(cat "$TMP/err"))"
}
well_formed() {  # well_formed FILE.svg
  xmllint --noout "$1" 2> "$TMP/xml.err" || fail "$(basename "$1") is not well-formed XML: $(head -3 "$TMP/xml.err")"
}
svg_texts() {  # svg_texts FILE.svg: the text of every <text> element, one per line, decoded
  # (xmllint writes text nodes back as XML: only & < > are escaped, & as &amp;).
  xmllint --xpath "//*[local-name()='text']/text()" "$1" 2> /dev/null | sed -e 's/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
  echo
}
demo_map() {  # demo_map: the bundled Belgian map in $TMP/demo, read by every command after it
  "$S" demo --out "$TMP/demo" > /dev/null 2>&1 || fail "demo failed"
  export STAKEMAP_DB="$TMP/demo/stakemap.db"
}
