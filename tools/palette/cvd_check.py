#!/usr/bin/env python3
"""Checks the concept palette (src/GovText.Charts/ConceptPalette.cs) for colour-blind readers and contrast on white.

For every pair of the first eight colours (those a chart with up to eight concepts uses) it prints the smallest CIELAB
distance (CIE76 Delta E) under normal vision and simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira
& Fernandes 2009, severity 1.0, applied to linear sRGB), and each colour's WCAG contrast ratio against white.
Standard library only: python3 tools/palette/cvd_check.py
"""
import itertools
import math
import re
from pathlib import Path

MACHADO = {
    "normal": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def linear(hex_colour):
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    return [channel(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5)]


def lab(rgb):
    r, g, b = (min(1.0, max(0.0, v)) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def simulate(hex_colour, kind):
    rgb = linear(hex_colour)
    return [sum(row[j] * rgb[j] for j in range(3)) for row in MACHADO[kind]]


def contrast_on_white(hex_colour):
    r, g, b = linear(hex_colour)
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def main():
    source = Path(__file__).resolve().parents[2] / "src/GovText.Charts/ConceptPalette.cs"
    block = re.search(r"Color\.FromHex\(\s*\[(.*?)\]", source.read_text(encoding="utf-8"), re.S).group(1)
    colours = re.findall(r'"(#[0-9A-Fa-f]{6})"', block)
    first = colours[:8]
    print("colour   contrast on white")
    for c in first:
        print(f"{c}  {contrast_on_white(c):.2f}:1")
    for kind in MACHADO:
        pairs = sorted((math.dist(lab(simulate(a, kind)), lab(simulate(b, kind))), a, b) for a, b in itertools.combinations(first, 2))
        print(f"{kind:13s} closest pairs: " + ", ".join(f"{a}/{b} {d:.1f}" for d, a, b in pairs[:3]))


if __name__ == "__main__":
    main()
