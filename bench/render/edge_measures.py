"""Edge crossings and total edge length of a Graphviz SVG map (docs/maps.md, "Measures").

  /usr/bin/python3 bench/render/edge_measures.py MAP.svg...

Each edge's path (Graphviz writes cubic Bézier curves) is sampled into 16 segments per curve
piece. Two edges cross when two of their segments intersect away from a node they share (an
intersection within 1 point of a shared end is their common node, not a crossing); each pair
of edges counts the points where they cross. Lengths are in the drawing's own points, before
any scaling to a page, so the layouts compare; the drawing's width and height are printed too.
"""
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def sample(d):
    nums = [float(v) for v in re.findall(r"-?[0-9.]+(?:e-?[0-9]+)?", d)]
    pts = list(zip(nums[0::2], nums[1::2]))
    out = [pts[0]]
    for i in range(1, len(pts) - 2, 3):
        p0, p1, p2, p3 = out[-1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(1, 17):
            t = k / 16
            a, b, c, e = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t * t, t**3
            out.append((a * p0[0] + b * p1[0] + c * p2[0] + e * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + e * p3[1]))
    return out


def intersect(p, q, r, s):
    d = (q[0] - p[0]) * (s[1] - r[1]) - (q[1] - p[1]) * (s[0] - r[0])
    if abs(d) < 1e-12:
        return None
    t = ((r[0] - p[0]) * (s[1] - r[1]) - (r[1] - p[1]) * (s[0] - r[0])) / d
    u = ((r[0] - p[0]) * (q[1] - p[1]) - (r[1] - p[1]) * (q[0] - p[0])) / d
    if 0 <= t <= 1 and 0 <= u <= 1:
        return (p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]))
    return None


def measure(path):
    root = ET.parse(path).getroot()
    edges = []
    for g in root.iter(SVG + "g"):
        if g.get("class") != "edge":
            continue
        ends = set(g.findtext(SVG + "title").replace("->", " ").replace("--", " ").split())
        p = g.find(SVG + "path")
        if p is not None:
            edges.append((ends, sample(p.get("d"))))
    length = sum(sum(((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in zip(e[1], e[1][1:])) for e in edges)
    crossings = 0
    boxes = [(min(x for x, _ in e[1]), min(y for _, y in e[1]), max(x for x, _ in e[1]), max(y for _, y in e[1])) for e in edges]
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            a, b = boxes[i], boxes[j]
            if a[0] > b[2] or b[0] > a[2] or a[1] > b[3] or b[1] > a[3]:
                continue
            shared = edges[i][0] & edges[j][0]
            ends = [edges[i][1][0], edges[i][1][-1], edges[j][1][0], edges[j][1][-1]]
            found = []
            for p, q in zip(edges[i][1], edges[i][1][1:]):
                for r, s in zip(edges[j][1], edges[j][1][1:]):
                    x = intersect(p, q, r, s)
                    if x is None or any(abs(x[0] - f[0]) < 2 and abs(x[1] - f[1]) < 2 for f in found):
                        continue
                    if shared and any(abs(x[0] - e[0]) < 12 and abs(x[1] - e[1]) < 12 for e in ends):
                        continue
                    found.append(x)
            crossings += len(found)
    _, _, w, h = (float(v) for v in root.get("viewBox").split())
    print(f"{path}: {len(edges)} edges, {crossings} crossings, total length {length:.0f} pt, drawing {w:.0f} x {h:.0f} pt")


for f in sys.argv[1:]:
    measure(f)
