#!/usr/bin/env python3
"""Draws how matching cost grows with the number of startups, as a small SVG, from the JSON summary
lines of `benchmarks/run scale` (the last line of each file given). Needs only the standard library.

    benchmarks/plot-scale.py docs/scale.svg target/bench/scale-*.out
"""
import json
import math
import sys

WIDTH, HEIGHT = 760, 300
PANEL_W, PANEL_H = 300, 200
MARGIN_LEFT, MARGIN_TOP = 70, 40
COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]


def last_json(path):
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip().startswith("{")]
    return json.loads(lines[-1])


def log_ticks(lo, hi):
    ticks = []
    exponent = math.floor(math.log10(lo))
    while 10**exponent <= hi * 1.0001:
        for m in (1, 2, 5):
            v = m * 10**exponent
            if lo / 1.0001 <= v <= hi * 1.0001:
                ticks.append(v)
        exponent += 1
    return ticks


def label(v):
    if v >= 1_000_000:
        return f"{v / 1_000_000:g}M"
    if v >= 1_000:
        return f"{v / 1_000:g}k"
    return f"{v:g}"


def panel(x0, title, ylabel, series, xs):
    values = [v for _, ys in series for v in ys if v]
    ylo = 10 ** math.floor(math.log10(min(values)))
    yhi = 10 ** math.ceil(math.log10(max(values)))
    xlo, xhi = min(xs) / 1.5, max(xs) * 1.5

    def px(x):
        return x0 + PANEL_W * (math.log(x) - math.log(xlo)) / (math.log(xhi) - math.log(xlo))

    def py(y):
        return MARGIN_TOP + PANEL_H * (1 - (math.log(y) - math.log(ylo)) / (math.log(yhi) - math.log(ylo)))

    out = [f'<text x="{x0 + PANEL_W / 2}" y="{MARGIN_TOP - 14}" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<rect x="{x0}" y="{MARGIN_TOP}" width="{PANEL_W}" height="{PANEL_H}" fill="none" stroke="#888"/>']
    for t in log_ticks(ylo, yhi):
        y = py(t)
        out.append(f'<line x1="{x0}" x2="{x0 + PANEL_W}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>')
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end">{label(t)}</text>')
    for x in xs:
        out.append(f'<text x="{px(x):.1f}" y="{MARGIN_TOP + PANEL_H + 16}" text-anchor="middle">{label(x)}</text>')
    out.append(f'<text x="{x0 + PANEL_W / 2}" y="{MARGIN_TOP + PANEL_H + 34}" text-anchor="middle">startups</text>')
    out.append(f'<text transform="translate({x0 - 48},{MARGIN_TOP + PANEL_H / 2}) rotate(-90)" text-anchor="middle">{ylabel}</text>')
    for i, (name, ys) in enumerate(series):
        color = COLORS[i % len(COLORS)]
        points = [(px(x), py(y)) for x, y in zip(xs, ys) if y]
        out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="'
                   + " ".join(f"{a:.1f},{b:.1f}" for a, b in points) + '"/>')
        out.extend(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3" fill="{color}"/>' for a, b in points)
        out.append(f'<text x="{x0 + 8}" y="{MARGIN_TOP + 16 + 15 * i}" fill="{color}">{name}</text>')
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    runs = sorted((last_json(p) for p in sys.argv[2:]), key=lambda r: r["docs"])
    xs = [r["docs"] for r in runs]
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'font-family="sans-serif" font-size="11">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    svg += panel(MARGIN_LEFT, "One need's match (ms)", "milliseconds", [
        ("default p99", [r["p99Ms"] for r in runs]),
        ("default p50", [r["p50Ms"] for r in runs]),
        ("plain Lucene BM25 p50", [r["luceneP50Ms"] for r in runs]),
    ], xs)
    svg += panel(MARGIN_LEFT + PANEL_W + 90, "Throughput (per second)", "per second", [
        ("startups indexed", [r["indexDocsPerSec"] for r in runs]),
        ("needs matched, batch", [r.get("batchNeedsPerSec") for r in runs]),
    ], xs)
    svg.append("</svg>")
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(svg) + "\n")


if __name__ == "__main__":
    main()
