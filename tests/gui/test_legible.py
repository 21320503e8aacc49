#!/usr/bin/env python3
"""Issue 12, a canvas the room can read: the real app's --layout-json reports
each block's kind-name pixel height (text_px) beside its rectangle, and on the
demo, fitted with palette and inspector shown, every kind name is at least
20 px high at 1920x1080 and at least 40 px at 3840x2160 with --scale 2. The
process is shown from its start: its leftmost block lies on the canvas."""

import os
import sys

import guitest as g

# (process or None for the app's first, size, scale, minimum text_px)
CASES = [
    (None, (1920, 1080), 1, 20),
    ("omgevingsvergunning-regulier", (1920, 1080), 1, 20),
    (None, (3840, 2160), 2, 40),
    ("evenementenvergunning", (3840, 2160), 2, 40),
]


def check_case(args, tmp, workshop, process_id, size, scale, minimum):
    tag = "%s-%dx%d-s%g" % (process_id or "first", size[0], size[1], scale)
    png = os.path.join(tmp, tag + ".png")
    layout_path = os.path.join(tmp, tag + ".layout.json")
    g.log("\n== %s" % tag)
    extra = ["--process", process_id] if process_id else []
    g.run_app(args, tmp, [g.demo_workshop(args), "--size", "%dx%d" % size, "--scale", str(scale),
                          "--recovery-dir", os.path.join(tmp, "recovery"),
                          "--screenshot", png, "--layout-json", layout_path] + extra)
    layout = g.load_json(layout_path)
    process = g.find_process(workshop, layout["process"])
    blocks = layout["blocks"]
    g.check(set(blocks) == {b["id"] for b in process["blocks"]},
            "the layout lists the %d blocks of %s" % (len(process["blocks"]), layout["process"]))
    for block_id, block in sorted(blocks.items()):
        g.check(len(block["rect"]) == 4, "block %s has a rect [x0, y0, x1, y1]" % block_id)
    sizes = [block["text_px"] for block in blocks.values()]
    g.check(min(sizes) >= minimum - 1e-6,
            "every kind name of %s is at least %d px high (smallest %.1f px, zoom %.3f)"
            % (layout["process"], minimum, min(sizes), layout["zoom"]))
    canvas = layout["canvas"]
    leftmost = min(block["rect"][0] for block in blocks.values())
    g.check(canvas[0] <= leftmost < canvas[2],
            "the process starts on the canvas (leftmost block at x %.0f, canvas %s)"
            % (leftmost, canvas))
    g.check(canvas[2] - canvas[0] >= 0.6 * size[0],
            "the canvas takes %.0f of %d px beside the palette and inspector"
            % (canvas[2] - canvas[0], size[0]))


def main():
    args = g.parse_args(__doc__)
    workshop = g.load_json(g.demo_workshop(args))

    def body():
        with g.TempDir(args.keep) as tmp:
            for case in CASES:
                check_case(args, tmp, workshop, *case)

    return g.main(body)


if __name__ == "__main__":
    sys.exit(main())
