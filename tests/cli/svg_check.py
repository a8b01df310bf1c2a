"""Geometry checks of stakemap's SVG pictures, with text extents measured independently of
stakemap: from DejaVu Sans's own tables (fontTools), the font Graphviz and the charts use.

  svg_check.py charts REPORT.html      every text of every svg.chart lies inside its viewBox
  svg_check.py page FILE.svg MIN_PT ASPECT
                                       every text at least MIN_PT points at the SVG's physical size,
                                       the drawing's aspect ratio within 10 % of ASPECT, no two
                                       text boxes overlap
  svg_check.py labels FILE.svg         no edge label box intersects a node box
  svg_check.py size FILE.svg           prints the physical width and height in mm

Prints one line per failure and exits 1 when any check fails (used by tests/cli/*.sh; needs
/usr/bin/python3 with fontTools).
"""
import re
import sys
import xml.etree.ElementTree as ET

from fontTools.ttLib import TTFont

FONT = TTFont("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
CMAP = FONT.getBestCmap()
HMTX = FONT["hmtx"]
UPM = FONT["head"].unitsPerEm
ASCENT = FONT["hhea"].ascent / UPM
DESCENT = -FONT["hhea"].descent / UPM
SVG = "{http://www.w3.org/2000/svg}"


def width(text, size):
    """Advance width of text at font size `size` (no kerning, which only narrows DejaVu)."""
    units = 0
    for ch in text:
        glyph = CMAP.get(ord(ch))
        units += HMTX[glyph][0] if glyph else UPM
    return units / UPM * size


def text_box(el, size_default=14.0, ascent=ASCENT, descent=DESCENT):
    """(x0, y0, x1, y1, size) of a <text> element in its own coordinates: the font's whole line
    box by default, its ink (cap height 0.73 em, descenders 0.24 em) with ascent=0.76, descent=0.24."""
    size = float(el.get("font-size", size_default))
    content = "".join(el.itertext())
    w = width(content, size)
    x, y = float(el.get("x", 0)), float(el.get("y", 0))
    anchor = el.get("text-anchor", "start")
    x0 = x - w if anchor == "end" else x - w / 2 if anchor == "middle" else x
    return (x0, y - ascent * size, x0 + w, y + descent * size, size, content)


def charts(path):
    html = open(path, encoding="utf-8").read()
    failures = 0
    found = re.findall(r'<svg[^>]*class="chart".*?</svg>', html, re.S)
    if not found:
        print(f"{path}: no chart")
        return 1
    for svg in found:
        root = ET.fromstring(svg)
        _, _, vw, vh = (float(v) for v in root.get("viewBox").split())
        size = float(root.get("font-size", 16))
        for el in root.iter(SVG + "text"):
            x0, y0, x1, y1, _, content = text_box(el, size)
            if x0 < 0 or y0 < 0 or x1 > vw or y1 > vh:
                print(f"text '{content}' spans x {x0:.1f}..{x1:.1f}, y {y0:.1f}..{y1:.1f}, outside viewBox 0 0 {vw} {vh}")
                failures += 1
    return failures


def physical(root):
    """(width, height) of the SVG in points, from its width/height attributes."""
    per_unit = {"pt": 1, "px": 0.75, "in": 72, "mm": 72 / 25.4, "cm": 72 / 2.54}

    def pt(v):
        m = re.fullmatch(r"([0-9.]+)([a-z]*)", v)
        return float(m.group(1)) * per_unit[m.group(2) or "px"]

    return pt(root.get("width")), pt(root.get("height"))


def graph_transform(root):
    """(scale, tx, ty) of Graphviz's top group: scale(s) ... translate(tx ty)."""
    g = root.find(SVG + "g")
    t = g.get("transform", "")
    s = re.search(r"scale\(([0-9.]+)", t)
    tr = re.search(r"translate\(([-0-9.]+)[ ,]([-0-9.]+)", t)
    return (float(s.group(1)) if s else 1.0, float(tr.group(1)) if tr else 0.0, float(tr.group(2)) if tr else 0.0)


def overlap(a, b, slack=1.5):
    return a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3] and b[1] + slack < a[3]


def page(path, min_pt, aspect):
    root = ET.parse(path).getroot()
    failures = 0
    pw, ph = physical(root)
    _, _, vw, vh = (float(v) for v in root.get("viewBox").split())
    for what, ratio in (("physical size", pw / ph), ("drawing (viewBox)", vw / vh)):
        if abs(ratio - aspect) > 0.1 * aspect:
            print(f"{path}: aspect ratio of the {what} {ratio:.3f}, the page's {aspect:.3f}")
            failures += 1
    scale, _, _ = graph_transform(root)
    to_pt = scale * pw / vw  # one user unit of the drawing on the page, in points
    boxes = []
    smallest = None
    for el in root.iter(SVG + "text"):
        x0, y0, x1, y1, size, content = text_box(el, ascent=0.76, descent=0.24)
        if not content.strip():
            continue
        printed = size * to_pt
        smallest = printed if smallest is None else min(smallest, printed)
        if printed < min_pt - 1e-6:
            print(f"{path}: text '{content}' is {printed:.2f} pt on the page (minimum {min_pt})")
            failures += 1
        boxes.append((x0, y0, x1, y1, content, size))
    # Pango hints and kerns, so a text it drew can end up to a few percent short of our sum of
    # advance widths: boxes may touch by a quarter of an em (3 pt at 12 pt) without counting.
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            if overlap(boxes[i], boxes[j], 0.25 * min(boxes[i][5], boxes[j][5])):
                print(f"{path}: texts '{boxes[i][4]}' and '{boxes[j][4]}' overlap")
                failures += 1
    print(f"{path}: {len(boxes)} texts, smallest {smallest:.2f} pt, aspect {vw / vh:.3f}", file=sys.stderr)
    return failures


def node_boxes(root):
    out = []
    for g in root.iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        xs, ys = [], []
        for el in g:
            if el.tag == SVG + "ellipse":
                cx, cy, rx, ry = (float(el.get(k)) for k in ("cx", "cy", "rx", "ry"))
                xs += [cx - rx, cx + rx]
                ys += [cy - ry, cy + ry]
            elif el.tag == SVG + "polygon":
                pts = [tuple(map(float, p.split(","))) for p in el.get("points").split()]
                xs += [p[0] for p in pts]
                ys += [p[1] for p in pts]
        if xs:
            out.append((min(xs), min(ys), max(xs), max(ys), g.findtext(SVG + "title")))
    return out


def labels(path):
    root = ET.parse(path).getroot()
    nodes = node_boxes(root)
    failures = 0
    count = 0
    for g in root.iter(SVG + "g"):
        if g.get("class") != "edge":
            continue
        for el in g.iter(SVG + "text"):
            box = text_box(el)
            count += 1
            for n in nodes:
                if overlap(box, n):
                    print(f"{path}: edge label '{box[5]}' lies on node {n[4]}")
                    failures += 1
    print(f"{path}: {count} edge labels, {len(nodes)} nodes", file=sys.stderr)
    return failures


def main():
    what = sys.argv[1]
    if what == "charts":
        failures = charts(sys.argv[2])
    elif what == "page":
        failures = page(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
    elif what == "labels":
        failures = labels(sys.argv[2])
    elif what == "size":
        w, h = physical(ET.parse(sys.argv[2]).getroot())
        print(f"{w * 25.4 / 72:.0f} {h * 25.4 / 72:.0f}")
        failures = 0
    else:
        sys.exit(f"unknown check {what}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
