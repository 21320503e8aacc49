#!/usr/bin/env python3
"""Issue 12, the room's views legible from the back row, through the real app's
--screenshot and --layout-json at 1920x1080 and at 3840x2160 --scale 2:
- every slide of the demo's running order (--view present --slide N): every
  text the slide reports (its view's and the footer's) at least 32 px high,
  64 at 4K, and everything the slide reports above the footer; a canvas slide
  shows the blocks of its first part whole;
- the citizen's view (--view citizen --process P), the votes ranking
  (--view votes) and the inventory board (--view inventory) as tabs: every
  text at least 20 px, 40 at 4K, and inside the window.
Each view must report some text: a view that reports nothing fails."""

import os
import struct
import subprocess
import sys

import guitest as g

SIZES = [((1920, 1080), 1), ((3840, 2160), 2)]

# Top-level layout keys that describe the app's chrome, never a slide's text.
CHROME = {"palette", "inspector", "palette_hidden", "canvas", "title", "start", "play",
          "werkvoorraad"}


def texts_in(value, found):
    """Every {"text_px": n, ...} object inside value, depth first."""
    if isinstance(value, dict):
        if isinstance(value.get("text_px"), (int, float)):
            found.append(value)
        for child in value.values():
            texts_in(child, found)
    elif isinstance(value, list):
        for child in value:
            texts_in(child, found)
    return found


def screenshot(args, tmp, tag, size, scale, extra):
    png = os.path.join(tmp, tag + ".png")
    layout_path = os.path.join(tmp, tag + ".json")
    g.run_app(args, tmp, [g.demo_workshop(args), "--size", "%dx%d" % size, "--scale", str(scale),
                          "--recovery-dir", os.path.join(tmp, "recovery"),
                          "--screenshot", png, "--layout-json", layout_path] + extra)
    g.check(png_size(png) == size, "%s: the PNG is %dx%d" % (tag, size[0], size[1]))
    return g.load_json(layout_path)


def png_size(path):
    """Width and height from the PNG's IHDR, without decoding a 4K image in Python."""
    with open(path, "rb") as f:
        head = f.read(24)
    g.check(head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", "%s is a PNG" % path)
    return struct.unpack(">II", head[16:24])


def check_texts(tag, texts, minimum, bottom, right):
    g.check(texts, "%s: the view reports the texts it draws" % tag)
    smallest = min(text["text_px"] for text in texts)
    g.check(smallest >= minimum - 1e-3,
            "%s: every text is at least %d px high (smallest %.1f of %d)"
            % (tag, minimum, smallest, len(texts)))
    for text in texts:
        rect = text.get("rect")
        if not isinstance(rect, list) or len(rect) != 4:
            continue
        g.check(rect[0] >= -1 and rect[2] <= right + 1 and rect[3] <= bottom + 1,
                "%s: a text at %s lies inside the view (right %d, bottom %d)"
                % (tag, [round(v) for v in rect], right, bottom))


def slide_count(args):
    listing = subprocess.run([args.cli, "present", g.demo_workshop(args)],
                             stdout=subprocess.PIPE, text=True, check=True).stdout
    return sum(1 for line in listing.splitlines() if line.strip()[:1].isdigit())


def check_slides(args, tmp, count, size, scale):
    minimum = 32 * scale
    for slide in range(1, count + 1):
        tag = "slide-%d-%dx%d" % (slide, size[0], size[1])
        layout = screenshot(args, tmp, tag, size, scale,
                            ["--view", "present", "--slide", str(slide)])
        g.check(layout["presenting"] is True and layout["slide"] == slide,
                "%s: presenting, on slide %d" % (tag, slide))
        footer = texts_in(layout["present"], [])
        g.check(any(text is layout["present"].get("title") for text in footer),
                "%s: the footer reports its title" % tag)
        footer_top = min(text["rect"][1] for text in footer)
        content = []
        for key, value in layout.items():
            if key in CHROME or key in ("present", "blocks") or value is None:
                continue
            texts_in(value, content)
        # A canvas slide: a process too wide is shown in parts and the blocks
        # of later parts are not drawn (they start at or after canvas_end_x).
        end_x = layout["present"].get("canvas_end_x")
        if end_x is not None:
            begin_x = layout["present"]["canvas_begin_x"]
            blocks = texts_in(layout.get("blocks") or {}, [])
            shown = [b for b in blocks if b["rect"][0] < end_x and b["rect"][2] > begin_x]
            g.check(shown, "%s: the canvas shows blocks" % tag)
            for block in shown:
                g.check(block["rect"][0] >= begin_x - 1 and block["rect"][2] <= end_x + 1,
                        "%s: the block at %s is shown whole (part %.0f..%.0f)"
                        % (tag, [round(v) for v in block["rect"]], begin_x, end_x))
            content += shown
        # The slide's own texts, then the footer's: all at the presentation's size.
        check_texts(tag + " slide", content, minimum, footer_top, size[0])
        check_texts(tag + " footer", footer, minimum, size[1], size[0])


def check_tab(args, tmp, view, key, size, scale, extra=()):
    tag = "%s-%dx%d" % (view if not extra else view + "-" + extra[-1], size[0], size[1])
    layout = screenshot(args, tmp, tag, size, scale, ["--view", view] + list(extra))
    g.check(layout["view"] == view, "%s: the %s view is shown" % (tag, view))
    g.check(layout.get(key) is not None, "%s: the layout has %r" % (tag, key))
    check_texts(tag, texts_in(layout[key], []), 20 * scale, size[1], size[0])


def body(args):
    count = slide_count(args)
    g.check(count >= 6, "the demo's running order has %d slides" % count)
    with g.TempDir(args.keep) as tmp:
        for size, scale in SIZES:
            g.log("\n== %dx%d scale %d" % (size[0], size[1], scale))
            check_slides(args, tmp, count, size, scale)
            for process in ("huwelijk", "omgevingsvergunning-regulier"):
                check_tab(args, tmp, "citizen", "citizen", size, scale, ("--process", process))
            check_tab(args, tmp, "votes", "votes", size, scale)
            check_tab(args, tmp, "inventory", "inventory", size, scale)


if __name__ == "__main__":
    arguments = g.parse_args(__doc__, need_cli=True)
    sys.exit(g.main(lambda: body(arguments)))
