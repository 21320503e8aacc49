#!/usr/bin/env python3
"""Issue 13: an exported SVG and PNG of a process agree with the canvas's
screenshot on where each block is. The app draws huwelijk on the canvas
(--screenshot, --layout-json gives each block's screen rectangle); `blokjes
export` writes the same process as SVG and PNG. The block titles in the SVG's
text layer must sit where one scale-and-shift of the screen rectangles puts
them (within a pixel); each block's rectangle in the PNG, found by its colour,
is its screen rectangle under one scale and shift; and the screenshot shows
each block's kind colour where the layout puts it."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import guitest as g

SVG = "{http://www.w3.org/2000/svg}"


def fit(pairs):
    """Least squares a, b for v = a * u + b; returns a, b and the largest residual."""
    n = len(pairs)
    su = sum(u for u, _ in pairs)
    sv = sum(v for _, v in pairs)
    suu = sum(u * u for u, _ in pairs)
    suv = sum(u * v for u, v in pairs)
    a = (n * suv - su * sv) / (n * suu - su * su)
    b = (sv - a * su) / n
    return a, b, max(abs(a * u + b - v) for u, v in pairs)


def body(args):
    colours = g.block_colours(args)
    with open(os.path.join(args.source, "assets", "blocks.json"), encoding="utf-8") as f:
        library = json.load(f)
    variant_names = {(k["id"], v["id"]): v["name"]["nl"] for k in library["kinds"] for v in k["variants"]}
    with open(g.demo_workshop(args), encoding="utf-8") as f:
        blocks = g.find_process(json.load(f), "huwelijk")["blocks"]

    with g.TempDir(keep=args.keep) as tmp:
        shot = os.path.join(tmp, "canvas.png")
        layout_path = os.path.join(tmp, "canvas.json")
        g.run_app(args, tmp, [g.demo_workshop(args), "--size", "1920x1080", "--scale", "1",
                              "--recovery-dir", os.path.join(tmp, "recovery"),
                              "--screenshot", shot, "--layout-json", layout_path])
        layout = g.load_json(layout_path)
        g.check(layout["process"] == "huwelijk", "the canvas shows huwelijk")
        canvas = g.read_png(shot)

        svg_path = os.path.join(tmp, "huwelijk.svg")
        png_path = os.path.join(tmp, "huwelijk.png")
        for fmt, path in (("svg", svg_path), ("png", png_path)):
            result = subprocess.run([args.cli, "export", g.demo_workshop(args), "--format", fmt,
                                     "--process", "huwelijk", "-o", path],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            g.check(result.returncode == 0, "blokjes export --format %s exits 0 (%s)" % (fmt, result.stderr.strip()))
        exported = g.read_png(png_path)

        # Each block's first title line in the SVG's text layer: the topmost
        # run that begins the variant's name (a label line below may repeat
        # it; a long name wraps). The variants of huwelijk's blocks all differ.
        texts = [((t.text or "").strip(), float(t.get("x")), float(t.get("y")))
                 for t in ET.parse(svg_path).getroot().iter(SVG + "text")]
        xs, ys, used = [], [], []
        for block in blocks:
            name = variant_names.get((block["kind"], block["variant"]), "")
            found = sorted((y, x) for text, x, y in texts
                           if text and (name == text or name.startswith(text + " ")))
            if not found:
                continue
            rect = layout["blocks"][block["id"]]["rect"]
            xs.append((rect[0], found[0][1]))
            ys.append((rect[1], found[0][0]))
            used.append(block)
        g.check(len(used) == len(blocks), "every block of huwelijk has its title in the SVG (%d of %d)" % (len(used), len(blocks)))
        ax, bx, worst_x = fit(xs)
        ay, by, worst_y = fit(ys)
        g.log("  screen -> SVG: x * %.4f + %.1f (worst %.2f px), y * %.4f + %.1f (worst %.2f px)"
              % (ax, bx, worst_x, ay, by, worst_y))
        g.check(abs(ax - ay) < 0.01 and ax > 0, "one scale for x and y (%.4f, %.4f)" % (ax, ay))
        g.check(worst_x <= 1.0 and worst_y <= 1.0,
                "every title sits where one scale and shift of the canvas puts it (worst %.2f, %.2f px)"
                % (worst_x, worst_y))

        # Each block's rectangle in the PNG, found by its colour from just
        # left of its title outwards, against its rectangle on the screen: one
        # scale and one shift must carry every screen rectangle onto its PNG
        # rectangle, and the screenshot shows the kind's colour at each centre.
        disagreements, compared, lefts, tops = [], [], [], []
        canvas_area = layout["canvas"]
        for block, (_, tx), (_, ty) in zip(used, xs, ys):
            colour = colours[block["kind"]]
            inside = lambda x, y: (0 <= x < exported.width and 0 <= y < exported.height and
                                   g.colour_distance(exported.pixel(x, y), colour) <= 24)
            x0, y0 = int(round(tx - 5)), int(round(ty - 4))
            if not inside(x0, y0):
                disagreements.append("%s: no block colour beside its title in the PNG" % block["id"])
                continue
            # Up and left in the padding beside the title, then across the
            # row just below the top edge and down the column just right of
            # the left edge, where no text is (rounded corners end sooner).
            top, left = y0, x0
            while inside(x0, top - 1): top -= 1
            while inside(left - 1, y0): left -= 1
            # Down the column beside the title, where a flow's port (a white
            # disc on the left edge) may cross it.
            on_block = lambda x, y: inside(x, y) or (
                0 <= y < exported.height and
                g.colour_distance(exported.pixel(x, y), (255, 255, 255)) <= 10)
            right, bottom = left + 8, top + 8
            while inside(right + 1, top + 8): right += 1
            while on_block(x0, bottom + 1): bottom += 1
            rect = layout["blocks"][block["id"]]["rect"]
            lefts.append(left - ax * rect[0])
            tops.append(top - ay * rect[1])
            width_error = abs((right - left + 1) - ax * (rect[2] - rect[0]))
            height_error = abs((bottom - top + 1) - ay * (rect[3] - rect[1]))
            # The height is read down a column 5 px from the edge, which the
            # rounded corners shorten by a few pixels; the width on a clean row.
            if width_error > 3 or height_error > 10:
                disagreements.append("%s: %dx%d px in the PNG, %.1fx%.1f on the screen times %.3f"
                                     % (block["id"], right - left + 1, bottom - top + 1,
                                        rect[2] - rect[0], rect[3] - rect[1], ax))
            cx, cy = int((rect[0] + rect[2]) / 2), int(rect[3] - (rect[3] - rect[1]) * 0.08)
            if canvas_area[0] <= cx < canvas_area[2] and canvas_area[1] <= cy < canvas_area[3]:
                compared.append(block["id"])
                if g.colour_distance(canvas.pixel(cx, cy), colour) > 24:
                    disagreements.append("%s: not its colour on the screen" % block["id"])
        g.check(lefts and max(lefts) - min(lefts) <= 2 and max(tops) - min(tops) <= 2,
                "one shift carries every block's screen rectangle onto the PNG's (spread %.1f, %.1f px)"
                % (max(lefts) - min(lefts) if lefts else -1, max(tops) - min(tops) if tops else -1))
        g.check(len(compared) >= 4, "%d blocks are in the canvas's view" % len(compared))
        g.check(not disagreements,
                "the canvas and the PNG agree on every block (off: %s)"
                % disagreements)


if __name__ == "__main__":
    arguments = g.parse_args(__doc__, need_cli=True)
    sys.exit(g.main(lambda: body(arguments)))
