#!/usr/bin/env bash
# render --page: per page format and view on the bundled map, the SVG carries the page's
# physical size, its aspect ratio is the page's (within 10 %), every text prints at least at
# the page's minimum (7 pt on paper, 14 px on a slide, 12 px on a screen) and no two texts
# overlap (tests/cli/svg_check.py, with DejaVu Sans's own advance widths). A map that cannot fit
# legibly is refused with exit code 1, a message that says how small it would be and what to
# try, and no file.
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import fontTools" 2>/dev/null || skip "/usr/bin/python3 lacks fontTools (make deps)"
use_map bundled "$DATA"

# legible PAGE ORIENTATION VIEW: renders and checks the picture.
legible() {
  local page=$1 orientation=$2 view=$3 aspect min
  case "$page" in
    a?) min=7; aspect=1.41421 ;;
    slide) min=10.5; aspect=1.77778 ;;
    screen) min=9; aspect=1.77778 ;;
  esac
  [ "$orientation" = portrait ] && aspect=$(python3 -c "print(1 / $aspect)")
  "$BIN" render --quiet --page "$page" "--$orientation" --view "$view" -o "p.svg" 2> p.err ||
    fail "--page $page --$orientation --view $view: $(cat p.err)"
  /usr/bin/python3 "$SRC/tests/cli/svg_check.py" page p.svg "$min" "$aspect" 2> /dev/null ||
    fail "--page $page --$orientation --view $view is not legible"
}
legible a3 landscape ego:fed-reception-agency
legible screen landscape ego:fed-reception-agency
legible a2 portrait obstacles
legible a3 landscape community:1
legible a1 landscape map
legible a0 landscape territory:BE-WAL
legible a0 landscape gaps

# Physical size: A3 landscape is 420 x 297 mm; a slide is 1920 x 1080 px.
"$BIN" render --quiet --page a3 --view ego:fed-reception-agency -o a3.svg
grep -qE '<svg width="420mm" height="297mm"' a3.svg || fail "A3 SVG lacks its size in mm"
"$BIN" render --quiet --page screen --view ego:fed-reception-agency -o slide.svg
grep -qE '<svg width="1920px" height="1080px"' slide.svg || fail "screen SVG lacks its size in px"
# A PNG is made for a screen by default: it fits 1920 x 1080 pixels (a PNG cannot widen its
# canvas as the SVG's viewBox does, so a force-directed drawing may leave a margin).
"$BIN" render --quiet --view ego:fed-reception-agency -o s.png
python3 -c "import struct, sys; d=open('s.png','rb').read(24); w, h = struct.unpack('>II', d[16:24]); sys.exit(not (w <= 1920 and h <= 1080 and max(w / 1920, h / 1080) > 0.9))" ||
  fail "default PNG does not fit 1920 x 1080"

# The whole map does not fit an A4 page legibly: refused, nothing written, a way out named.
expect_exit 1 "cannot be drawn legibly on --page a4 landscape" render --page a4 -o whole.svg
contains "$err" "pt minimum"
contains "$err" "--layer"
contains "$err" "larger page"
[ -e whole.svg ] && fail "a refused page left whole.svg"
# A map that does not fit the default screen is drawn at its natural size, and says so.
run render --view obstacles -o natural.png
expect_rc 0
contains "$err" "does not fit a screen legibly"
expect_exit 2 "unknown --page 'letter'" render --page letter
expect_exit 2 "exclude each other" render --page a4 --landscape --portrait
expect_exit 2 "need --page" render --portrait -o x.svg
echo "render_pages: ok"
