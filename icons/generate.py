#!/usr/bin/env python3
"""Draws the dfs-adopt icon (a shield with a check mark: a measure adopted) as RGBA PNGs.

Pure standard library, so the icons can be rebuilt anywhere: `python3 icons/generate.py`.
Tauri's generate_context! refuses PNGs without an alpha channel, hence RGBA.
"""
import math
import os
import struct
import zlib

SHIELD = (31, 78, 121)      # dark blue
EDGE = (18, 47, 74)         # darker rim
MARK = (255, 255, 255)
SAMPLES = 4                 # supersampling per axis, for smooth edges

# (file name, size in pixels)
TARGETS = [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]


def shield_half_width(v):
    """Half-width of the shield at height v (0 top, 1 bottom), or None outside it."""
    top, waist, tip = 0.08, 0.48, 0.94
    if v < top or v > tip:
        return None
    if v <= waist:
        return 0.38
    t = (v - waist) / (tip - waist)
    return 0.38 * math.sqrt(max(0.0, 1.0 - t * t))


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def colour_at(u, v):
    """RGBA of one sample point in unit coordinates."""
    half = shield_half_width(v)
    if half is None or abs(u - 0.5) > half:
        return (0, 0, 0, 0)
    check = min(
        segment_distance(u, v, 0.32, 0.47, 0.45, 0.61),
        segment_distance(u, v, 0.45, 0.61, 0.69, 0.33),
    )
    if check < 0.055:
        return MARK + (255,)
    rim = half - abs(u - 0.5) < 0.035 or v < 0.115 or (v > 0.48 and shield_half_width(v + 0.035) is None)
    return (EDGE if rim else SHIELD) + (255,)


def render(size):
    rows = []
    n = SAMPLES * SAMPLES
    for y in range(size):
        row = bytearray([0])  # filter type: none
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = colour_at((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / n
            if acc[3]:
                row += bytes(round(c / acc[3]) for c in acc[:3])
            else:
                row += b"\0\0\0"
            row.append(round(alpha))
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, size in TARGETS:
        with open(os.path.join(here, name), "wb") as f:
            f.write(png(size, render(size)))
        print(f"wrote icons/{name} ({size}x{size} RGBA)")


if __name__ == "__main__":
    main()
