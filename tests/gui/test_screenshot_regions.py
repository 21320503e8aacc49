#!/usr/bin/env python3
"""Screenshots of the real window: every block of a process is drawn in its
kind's colour where --layout-json says it is, the canvas background is not a
block colour, and the PNG has the size asked for (also at --scale 2)."""

import os
import sys

import guitest as g

# (process, language, size, scale, check the block colours)
CASES = [
    ("huwelijk", "nl", (1600, 900), 1, True),
    ("omgevingsvergunning-regulier", "nl", (1600, 900), 1, True),
    ("omgevingsvergunning-regulier", "en", (1600, 900), 1, True),
    ("bezwaarschrift", "en", (1280, 800), 1, True),
    # A larger UI scale must not change the PNG's size (the framebuffer is the
    # window). At 1600x900 the scaled side panels leave the canvas ~230 px wide,
    # too narrow for the process at the minimum zoom, so only the size is checked;
    # at 1920x1080 the colours are checked as well.
    ("huwelijk", "nl", (1600, 900), 2, False),
    ("huwelijk", "en", (1920, 1080), 2, True),
]
MIN_EXACT = 0.4     # of the sampled pixels exactly in the kind's colour
MIN_BLENDED = 0.97  # in the kind's colour or blended with the white text on it
TOLERANCE = 12


def background_point(layout):
    """A canvas point as far as possible from every block and the minimap."""
    canvas = layout["canvas"]
    avoid = [b["rect"] for b in layout["blocks"].values()] + [g.minimap_rect(canvas)]
    best, best_distance = None, -1
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            x = canvas[0] + (canvas[2] - canvas[0]) * i / steps
            y = canvas[1] + (canvas[3] - canvas[1]) * j / steps
            distance = min(max(r[0] - x, x - r[2], r[1] - y, y - r[3]) for r in avoid)
            if distance > best_distance:
                best, best_distance = (int(x), int(y)), distance
    return best, best_distance


def check_screenshot(args, tmp, workshop, colours, process_id, language, size, scale,
                     check_colours):
    tag = "%s-%s-%dx%d-s%g" % (process_id, language, size[0], size[1], scale)
    png = os.path.join(tmp, tag + ".png")
    layout_path = os.path.join(tmp, tag + ".layout.json")
    g.log("\n== %s (lang %s, size %dx%d, scale %g)" % (process_id, language, size[0], size[1],
                                                      scale))
    g.run_app(args, tmp, [g.demo_workshop(args), "--size", "%dx%d" % size, "--scale", str(scale),
                          "--lang", language, "--process", process_id,
                          "--recovery-dir", os.path.join(tmp, "recovery"),
                          "--screenshot", png, "--layout-json", layout_path])
    g.check(os.path.isfile(png), "the screenshot %s was written" % os.path.basename(png))
    g.check(os.path.isfile(layout_path), "the layout %s was written" % os.path.basename(layout_path))
    image = g.read_png(png)
    layout = g.load_json(layout_path)
    g.check((image.width, image.height) == size,
            "the PNG is %dx%d (asked %dx%d)" % (image.width, image.height, size[0], size[1]))
    g.check(layout["process"] == process_id, "the layout shows process %s" % layout["process"])

    process = g.find_process(workshop, process_id)
    kinds = {block["id"]: block["kind"] for block in process["blocks"]}
    g.check(set(layout["blocks"]) == set(kinds),
            "the layout lists the process's %d blocks" % len(kinds))
    canvas = layout["canvas"]
    if not check_colours:
        return
    g.check(0 <= canvas[0] < canvas[2] <= size[0] and 0 <= canvas[1] < canvas[3] <= size[1],
            "the canvas %s lies inside the window" % canvas)
    minimap = g.minimap_rect(canvas)
    sampled = 0
    for block_id in sorted(kinds, key=lambda b: int(b[1:]) if b[1:].isdigit() else 0):
        rect = layout["blocks"][block_id]["rect"]
        kind = kinds[block_id]
        colour = colours[kind]
        # A wide process is fitted at the legibility floor from its start: the
        # blocks beyond the canvas's right edge are the minimap's to show.
        if rect[2] > canvas[2] or g.overlaps(g.sample_region(rect, canvas), minimap):
            g.log("  block %s at %s is beyond the canvas or under the minimap: not sampled"
                  % (block_id, [round(v) for v in rect]))
            continue
        sampled += 1
        region = g.sample_region(rect, canvas)
        exact, blended, count = g.region_match(image, region, colour, TOLERANCE)
        if count < 20:
            raise g.TestFailure("block %s at %s: only %d pixels to sample inside the canvas"
                                % (block_id, rect, count))
        centre = (int((region[0] + region[2]) / 2), int((region[1] + region[3]) / 2))
        g.check(exact >= MIN_EXACT and blended >= MIN_BLENDED,
                "block %s (%s, #%02X%02X%02X): of %d pixels in [%d,%d,%d,%d] %.0f%% match, "
                "%.0f%% are it or it under white text (pixel at %s is %s)"
                % (block_id, kind, colour[0], colour[1], colour[2], count, region[0], region[1],
                   region[2], region[3], 100 * exact, 100 * blended,
                   centre, image.pixel(*centre)))

    g.check(sampled >= 1, "%d blocks in view were sampled" % sampled)

    point, distance = background_point(layout)
    pixel = image.pixel(*point)
    nearest = min(colours, key=lambda k: g.colour_distance(pixel, colours[k]))
    g.check(distance > 20, "a canvas point %s is %.0f px away from blocks and the minimap"
            % (point, distance))
    g.check(g.colour_distance(pixel, colours[nearest]) > TOLERANCE * 2,
            "background pixel %s at %s is not a block colour (nearest: %s)"
            % (pixel, point, nearest))


def main():
    args = g.parse_args(__doc__)
    workshop = g.load_json(g.demo_workshop(args))
    colours = g.block_colours(args)

    def body():
        with g.TempDir(args.keep) as tmp:
            for case in CASES:
                check_screenshot(args, tmp, workshop, colours, *case)
            leftovers = os.listdir(os.path.join(tmp, "recovery")) \
                if os.path.isdir(os.path.join(tmp, "recovery")) else []
            g.check(not leftovers, "screenshot runs leave no recovery files")

    return g.main(body)


if __name__ == "__main__":
    sys.exit(main())
