#!/usr/bin/env python3
"""End to end with real input: drag the "adviseren/extern" palette button onto
an empty spot of the canvas, save with Ctrl+S, quit with Ctrl+Q; the saved
file has the new block, still validates, and reopened shows the block in its
kind's colour where the layout says it is."""

import os
import shutil
import subprocess
import sys

import guitest as g

PROCESS = "huwelijk"
KIND, VARIANT = "adviseren", "extern"


def empty_drop_point(layout):
    """A canvas point where a dropped block (180x72 canvas units centred on
    the mouse) overlaps no block and not the minimap; below the lowest block
    when there is room, else anywhere free."""
    canvas = layout["canvas"]
    zoom = layout["zoom"]
    half_w, half_h = 100 * zoom + 12, 62 * zoom + 12  # half a 200x124 block (geometry.h)
    blocks = [b["rect"] for b in layout["blocks"].values()]
    avoid = blocks + [g.minimap_rect(canvas)]
    lowest = max(r[3] for r in blocks)
    inside = [canvas[0] + half_w + 10, canvas[1] + half_h + 10,
              canvas[2] - half_w - 10, canvas[3] - half_h - 10]

    def free(x, y):
        rect = [x - half_w, y - half_h, x + half_w, y + half_h]
        return (inside[0] <= x <= inside[2] and inside[1] <= y <= inside[3]
                and not any(g.overlaps(rect, r) for r in avoid))

    candidates = []
    for fy in range(1, 40):
        for fx in range(1, 20):
            x = canvas[0] + (canvas[2] - canvas[0]) * fx / 20
            y = lowest + half_h + 10 + fy * 15
            candidates.append((x, y))
    for fy in range(1, 40):
        for fx in range(1, 20):
            candidates.append((canvas[0] + (canvas[2] - canvas[0]) * fx / 20,
                               canvas[1] + (canvas[3] - canvas[1]) * fy / 40))
    for x, y in candidates:
        if free(x, y):
            return int(x), int(y)
    raise g.TestFailure("no empty spot on the canvas %s for a new block" % canvas)


def main():
    args = g.parse_args(__doc__, need_cli=True)
    colours = g.block_colours(args)

    def body():
        with g.TempDir(args.keep) as tmp:
            workshop_path = os.path.join(tmp, "workshop.json")
            shutil.copyfile(g.demo_workshop(args), workshop_path)
            recovery_dir = os.path.join(tmp, "recovery")
            layout_path = os.path.join(tmp, "layout.json")
            before = g.load_json(workshop_path)
            blocks_before = {b["id"] for b in g.find_process(before, PROCESS)["blocks"]}
            original_bytes = g.read_bytes(workshop_path)

            app = g.App(args, tmp, [workshop_path, "--size", "1600x900", "--scale", "1",
                                    "--process", PROCESS, "--recovery-dir", recovery_dir,
                                    "--layout-json", layout_path])
            try:
                layout = g.wait_for_json_file(layout_path, 20, app)
                window = app.find_window()
                title = app.window_title()
                g.check(title == "workshop.json - Blokjessessie",
                        "the window title is %r before any edit" % title)
                button = layout["palette"].get(KIND + "/" + VARIANT)
                g.check(button is not None, "the palette has a %s/%s button at %s"
                        % (KIND, VARIANT, button))
                start = ((button[0] + button[2]) / 2, (button[1] + button[3]) / 2)
                target = empty_drop_point(layout)
                g.log("  dragging the palette button from %s to %s" % (start, target))
                g.drag(window, start, target, steps=15)
                g.wait_for(lambda: app.window_title().startswith("* "), 10,
                           "the window title to show '* ' (modified) after the drop", app)
                g.check(True, "the title is now %r" % app.window_title())
                g.check(g.read_bytes(workshop_path) == original_bytes,
                        "the file is unchanged before saving")

                stamp = g.file_stamp(workshop_path)
                g.key(window, "ctrl+s")
                g.wait_for(lambda: g.file_stamp(workshop_path) != stamp, 10,
                           "Ctrl+S to rewrite " + workshop_path, app)
                g.wait_for(lambda: not app.window_title().startswith("* "), 10,
                           "the title to drop '* ' after saving", app)
                g.check(True, "Ctrl+S saved the file; the title is %r" % app.window_title())

                g.key(window, "ctrl+q", may_close=True)
                code = app.wait_exit(10)
                g.check(code == 0, "Ctrl+Q on a saved document quits the app (exit %s)" % code)
            finally:
                app.stop()

            leftovers = os.listdir(recovery_dir) if os.path.isdir(recovery_dir) else []
            g.check(not leftovers, "no recovery files are left after save and quit (%s)"
                    % leftovers)

            saved = g.load_json(workshop_path)
            process = g.find_process(saved, PROCESS)
            new_blocks = [b for b in process["blocks"] if b["id"] not in blocks_before]
            g.check(len(process["blocks"]) == len(blocks_before) + 1,
                    "the saved %s has %d blocks (was %d)"
                    % (PROCESS, len(process["blocks"]), len(blocks_before)))
            g.check(len(new_blocks) == 1, "exactly one block is new: %s"
                    % [b["id"] for b in new_blocks])
            new = new_blocks[0]
            g.check((new["kind"], new["variant"]) == (KIND, VARIANT),
                    "the new block %s is %s/%s" % (new["id"], new["kind"], new["variant"]))
            # The block lands where the mouse let go: its left edge is the drop
            # point's, give or take the 20-unit grid snap. Its top is the drop
            # point's too, or (since drops go onto a lane's row) the top of the
            # row of its lane.
            reference = g.find_process(before, PROCESS)["blocks"][0]
            zoom = layout["zoom"]
            ref_rect = layout["blocks"][reference["id"]]["rect"]
            origin = (ref_rect[0] - reference["position"]["x"] * zoom,
                      ref_rect[1] - reference["position"]["y"] * zoom)
            expected = ((target[0] - origin[0]) / zoom - 90, (target[1] - origin[1]) / zoom - 36)
            position = (new["position"]["x"], new["position"]["y"])
            lane_rows = {min(b["position"]["y"] for b in process["blocks"]
                             if b["lane"] == new["lane"] and b["id"] != new["id"])} \
                if any(b["lane"] == new["lane"] and b["id"] != new["id"]
                       for b in process["blocks"]) else set()
            # Dropped beside the lanes, the app moves the block right along its
            # lane's row to the first free place rather than over another block.
            g.check(abs(position[0] - expected[0]) <= 10.5 or position[0] > expected[0],
                    "the new block's x %s is the drop point's %.1f snapped to the grid, or "
                    "the first free place right of it" % (position[0], expected[0]))
            g.check(abs(position[1] - expected[1]) <= 10.5 or position[1] in lane_rows,
                    "the new block's y %s is the drop point's %.1f snapped, or its lane %r's "
                    "row %s" % (position[1], expected[1], new["lane"], sorted(lane_rows)))
            covered = [b["id"] for b in process["blocks"] if b["id"] != new["id"] and
                       abs(b["position"]["x"] - position[0]) < 200 and
                       abs(b["position"]["y"] - position[1]) < 124]
            g.check(not covered, "the new block covers no other block (%s)" % covered)
            others_before = {p["id"]: p for p in before["processes"] if p["id"] != PROCESS}
            others_after = {p["id"]: p for p in saved["processes"] if p["id"] != PROCESS}
            g.check(others_before == others_after, "the other %d processes are unchanged"
                    % len(others_after))

            validate = subprocess.run([args.cli, "validate", workshop_path],
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      text=True, timeout=60)
            g.check(validate.returncode in (0, 1),
                    "blokjes validate loads the saved file (exit %d: %s)"
                    % (validate.returncode, validate.stdout.strip().splitlines()[-1:]))

            # Save, reopen, find the same model: the new block is drawn in its colour.
            png = os.path.join(tmp, "reopened.png")
            layout2_path = os.path.join(tmp, "reopened.layout.json")
            g.run_app(args, tmp, [workshop_path, "--size", "1600x900", "--scale", "1",
                                  "--process", PROCESS, "--recovery-dir", recovery_dir,
                                  "--screenshot", png, "--layout-json", layout2_path])
            image = g.read_png(png)
            layout2 = g.load_json(layout2_path)
            g.check(set(layout2["blocks"]) == blocks_before | {new["id"]},
                    "the reopened layout lists the old blocks and %s" % new["id"])
            rect = layout2["blocks"][new["id"]]["rect"]
            canvas = layout2["canvas"]
            if rect[2] > canvas[2] or g.overlaps(g.sample_region(rect, canvas),
                                                 g.minimap_rect(canvas)):
                # The reopened canvas fits at the legibility floor and shows the
                # process from its start: a block dropped far right lies beyond
                # the view (or under the minimap), which is then at the floor.
                g.check(layout2["blocks"][new["id"]]["text_px"] == 20,
                        "the reopened new block lies beyond the view fitted at the "
                        "legibility floor (kind names %.0f px)"
                        % layout2["blocks"][new["id"]]["text_px"])
                return
            colour = colours[KIND]
            exact, blended, count = g.region_match(image, g.sample_region(rect, layout2["canvas"]),
                                                   colour)
            g.check(count >= 20 and exact >= 0.4 and blended >= 0.97,
                    "the reopened new block at %s is drawn in #%02X%02X%02X (%d pixels, %.0f%% "
                    "exact, %.0f%% with text)" % ([round(v) for v in rect], colour[0], colour[1],
                                                  colour[2], count, 100 * exact, 100 * blended))

    return g.main(body)


if __name__ == "__main__":
    sys.exit(main())
