#!/usr/bin/env python3
"""The issue's walkthrough, in the real window with real input: start from an
empty huwelijk process, drag its eight blocks from the palette one by one,
connect each to the next by dragging from its output port, name the first
block in the inspector, save with Ctrl+S, quit, and reopen: the saved model
is the huwelijk shape, it validates clean, and the reopened window shows every
block in its kind's colour where the model puts it."""

import json
import os
import subprocess
import sys
import time

import guitest as g

STEPS = [("intake", "digitaal"), ("aanvullende-informatie", "standaard"),
         ("behandelen", "onderzoek"), ("betalen", "standaard"), ("uitvoeren", "uitvoering"),
         ("besluiten", "mandaat"), ("informeren", "standaard"), ("archiveren", "standaard")]
FIRST_LABEL = "Melding voorgenomen huwelijk"


def empty_workshop():
    return {
        "format": "blokjessessie-workshop", "version": 1, "name": "Walkthrough",
        "date": "2026-11-23", "description": "",
        "departments": [{"id": "burgerzaken", "name": "Burgerzaken",
                         "directorate": "Publiekszaken"}],
        "participants": [],
        "processes": [{
            "id": "huwelijk", "name": "Huwelijk", "department": "burgerzaken",
            "description": "", "zaaktype": {"doorlooptijd": "P1Y"}, "blocks": [], "flows": []}],
        "notes": []}


def centre(rect):
    return ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)


def latest_layout(path, app, condition, what):
    """The layout file once it satisfies `condition` (the app rewrites it every few frames)."""
    def ready():
        try:
            with open(path, encoding="utf-8") as f:
                layout = json.load(f)
        except (OSError, ValueError):
            return None
        return layout if condition(layout) else None
    return g.wait_for(ready, 15, what, app)


def body(args):
    with g.TempDir(keep=args.keep) as tmp:
        path = os.path.join(tmp, "walkthrough.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(empty_workshop(), f, indent=2)
        layout_path = os.path.join(tmp, "layout.json")
        app = g.App(args, tmp, [path, "--size", "1600x900", "--scale", "1", "--recovery-dir",
                                os.path.join(tmp, "recovery"), "--layout-json", layout_path])
        try:
            window = app.find_window()
            layout = latest_layout(layout_path, app, lambda l: l["process"] == "huwelijk",
                                   "the first layout")
            canvas = layout["canvas"]
            row_y = canvas[1] + (canvas[3] - canvas[1]) * 0.3
            # Zoom out with the wheel, as a user would, so eight blocks fit in one row.
            g.mouse_to(window, *centre(canvas))
            for _ in range(11):
                g.xdotool("click", 5)
                time.sleep(0.05)
            layout = latest_layout(layout_path, app, lambda l: l["zoom"] < 0.45, "the zoom-out")
            step = 230 * layout["zoom"]
            g.log("  zoomed out to %.0f%%; a column is %.0f px" % (layout["zoom"] * 100, step))
            # Drop the blocks left to right in one row, each into its own column.
            for index, (kind, variant) in enumerate(STEPS):
                source = centre(layout["palette"]["%s/%s" % (kind, variant)])
                x = canvas[0] + step + index * step
                g.drag(window, source, (x, row_y))
                layout = latest_layout(layout_path, app, lambda l, n=index + 1: len(l["blocks"]) == n,
                                       "block %d on the canvas" % (index + 1))
                g.log("  dropped %s/%s (%d blocks)" % (kind, variant, len(layout["blocks"])))
            ids = sorted(layout["blocks"], key=lambda b: layout["blocks"][b]["rect"][0])
            # Connect each block's output port (middle of its right edge) to the next block.
            for source_id, target_id in zip(ids, ids[1:]):
                rect = layout["blocks"][source_id]["rect"]
                port = (rect[2], (rect[1] + rect[3]) / 2)
                g.drag(window, port, centre(layout["blocks"][target_id]["rect"]))
            g.log("  connected %d pairs" % (len(ids) - 1))
            # Name the first block in the inspector.
            g.drag(window, centre(layout["blocks"][ids[0]]["rect"]), centre(layout["blocks"][ids[0]]["rect"]))
            layout = latest_layout(layout_path, app,
                                   lambda l: "inspector.label" in l["inspector"],
                                   "the inspector's label field")
            g.drag(window, centre(layout["inspector"]["inspector.label"]),
                   centre(layout["inspector"]["inspector.label"]))
            g.key(window, "ctrl+a")
            g.xdotool("type", "--window", window, "--delay", "20", FIRST_LABEL)
            g.key(window, "Return")
            before = g.file_stamp(path)
            g.key(window, "ctrl+s")
            g.wait_for(lambda: g.file_stamp(path) != before, 10, "Ctrl+S to save", app)
            g.key(window, "ctrl+q", may_close=True)
            g.check(app.wait_exit(10) == 0, "Ctrl+Q on the saved document quits (exit 0)")
        finally:
            app.stop()

        shown = subprocess.run([args.cli, "show", "--json", path], stdout=subprocess.PIPE,
                               text=True, timeout=30)
        g.check(shown.returncode == 0, "blokjes show reads the saved file")
        process = json.loads(shown.stdout)["processes"][0]
        kinds = [(b["kind"], b["variant"]) for b in process["blocks"]]
        g.check(kinds == STEPS, "the saved huwelijk runs %s" % " -> ".join(k for k, _ in kinds))
        g.check(process["blocks"][0]["label"] == FIRST_LABEL,
                "the first block is named %r" % process["blocks"][0]["label"])
        saved = g.load_json(path)
        g.check(len(saved["processes"][0]["flows"]) == len(STEPS) - 1,
                "%d flows connect the blocks" % len(saved["processes"][0]["flows"]))
        validate = subprocess.run([args.cli, "validate", path], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, timeout=30)
        g.check(validate.returncode == 0 and "0 errors, 0 warnings" in validate.stdout,
                "it validates clean: %s" % validate.stdout.strip().splitlines()[-1])

        # Reopen: the window shows the same model.
        png = os.path.join(tmp, "reopened.png")
        layout_path = os.path.join(tmp, "reopened.json")
        g.run_app(args, tmp, [path, "--size", "1600x900", "--scale", "1", "--recovery-dir",
                              os.path.join(tmp, "recovery"), "--screenshot", png,
                              "--layout-json", layout_path])
        layout = g.load_json(layout_path)
        block_ids = {b["id"] for b in saved["processes"][0]["blocks"]}
        g.check(set(layout["blocks"]) == block_ids, "the reopened window shows the same blocks")
        image = g.read_png(png)
        colours = g.block_colours(args)
        checked = 0
        for block in saved["processes"][0]["blocks"]:
            rect = layout["blocks"][block["id"]]["rect"]
            canvas = layout["canvas"]
            if rect[2] > canvas[2] or g.overlaps(g.sample_region(rect, canvas),
                                                 g.minimap_rect(canvas)):
                # Fitted at the legibility floor, the view starts at the process's
                # start: blocks further right are the minimap's to show.
                continue
            checked += 1
            region = g.sample_region(rect, layout["canvas"])
            exact, blended, count = g.region_match(image, region, colours[block["kind"]])
            g.check(count > 0 and exact >= 0.4 and blended >= 0.97,
                    "block %s shows %s's colour where the model puts it (%.0f%% of %d pixels)"
                    % (block["id"], block["kind"], exact * 100, count))
        g.check(checked >= 4, "%d blocks in view were checked" % checked)


if __name__ == "__main__":
    arguments = g.parse_args(__doc__, need_cli=True)
    sys.exit(g.main(lambda: body(arguments)))
