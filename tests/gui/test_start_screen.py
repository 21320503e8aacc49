#!/usr/bin/env python3
"""The app started on a file it cannot open (issue 11, items 13 and 2): the
window opens on the start screen, which names the file and the place, and
"Demo openen" (clicked with xdotool) opens the demo; the bad file is never
written. --screenshot on a bad file writes a PNG of that screen and exits 3;
on a workshop with blocks at +-1e308 and +-1e7 it renders and exits 0."""

import json
import os
import subprocess
import sys
import time

import guitest as g

START_TITLE = "Bestand niet geopend - Blokjessessie"
BAD_JSON = '{\n  "format": "blokjes-workshop",\n    oops\n}\n'


def screenshot(args, tmp, name, workshop):
    """Runs --screenshot at 1920x1080; returns (exit code, stderr, image)."""
    png = os.path.join(tmp, name + ".png")
    command = [args.app, workshop, "--size", "1920x1080", "--scale", "1",
               "--recovery-dir", os.path.join(tmp, "recovery"), "--screenshot", png]
    g.log("$ " + " ".join(command))
    result = subprocess.run(command, env=g.child_environment(tmp), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=60, text=True, errors="replace")
    g.log("  (exit %d)" % result.returncode)
    g.check(result.returncode >= 0, "%s: the app was not ended by a signal" % name)
    image = g.read_png(png) if os.path.exists(png) else None
    return result.returncode, result.stderr, image


def far_blocks_workshop(args, tmp):
    with open(g.demo_workshop(args), encoding="utf-8") as f:
        workshop = json.load(f)
    blocks = g.find_process(workshop, "huwelijk")["blocks"]
    for block, (x, y) in zip(blocks, [(0, -1e308), (1e308, 1e308), (1e7, 0), (-1e7, -1e7)]):
        block["position"] = {"x": x, "y": y}
    path = os.path.join(tmp, "far.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(workshop, f)
    return path


def body(args):
    with g.TempDir(keep=args.keep) as tmp:
        bad = os.path.join(tmp, "kapot.json")
        with open(bad, "w", encoding="utf-8") as f:
            f.write(BAD_JSON)
        original = g.read_bytes(bad)

        # --- --screenshot on a bad file: the start screen, exit 3 -------------------
        code, stderr, image = screenshot(args, tmp, "start-screen", bad)
        g.check(code == 3, "--screenshot on a bad file exits 3 (got %d)" % code)
        g.check("kapot.json:3:" in stderr, "stderr names the file and line 3: %r" % stderr)
        g.check(image is not None and (image.width, image.height) == (1920, 1080),
                "the start screen's PNG is 1920x1080")

        # --- --screenshot with blocks at +-1e308 and +-1e7: renders, exit 0 ---------
        code, stderr, image = screenshot(args, tmp, "far-blocks", far_blocks_workshop(args, tmp))
        g.check(code == 0, "blocks at +-1e308 render without a crash (exit %d) %s" % (code, stderr))
        g.check(image is not None and (image.width, image.height) == (1920, 1080),
                "the far blocks' PNG is 1920x1080")

        # --- The live window: the start screen, then "Demo openen" ------------------
        layout_path = os.path.join(tmp, "layout.json")
        app = g.App(args, tmp, [bad, "--size", "1600x900", "--scale", "1",
                                "--recovery-dir", os.path.join(tmp, "recovery"),
                                "--layout-json", layout_path])
        try:
            window = app.find_window()
            g.wait_for(lambda: app.window_title() == START_TITLE, 15,
                       "the title %r" % START_TITLE, app)
            g.check(True, "the window opened on the start screen (%r)" % app.window_title())
            layout = g.wait_for_json_file(layout_path, 20, app)
            g.check(isinstance(layout.get("start"), dict) and "demo" in layout["start"],
                    "the layout shows the start screen's Demo openen button")
            g.check(layout["start"]["file"] == bad, "the start screen names %s" % bad)
            demo_button = layout["start"]["demo"]
            g.click(window, ((demo_button[0] + demo_button[2]) / 2,
                             (demo_button[1] + demo_button[3]) / 2))

            def demo_open():
                try:
                    with open(layout_path, encoding="utf-8") as f:
                        current = json.load(f)
                except (OSError, ValueError):
                    return None
                return current if current.get("start") is None and current.get("blocks") else None
            layout = g.wait_for(demo_open, 15, "the demo to open after the click", app)
            g.check(layout["process"] == "huwelijk" and "b1" in layout["blocks"],
                    "the demo is open on huwelijk with its blocks on the canvas")
            g.check(app.window_title() != START_TITLE,
                    "the title left the start screen (%r)" % app.window_title())
            g.key(window, "ctrl+q", may_close=True)
            g.check(app.wait_exit(10) == 0, "Ctrl+Q quits the untouched demo without a prompt")
        finally:
            app.stop()
        g.check(g.read_bytes(bad) == original, "the bad file was never written")


if __name__ == "__main__":
    arguments = g.parse_args(__doc__)
    sys.exit(g.main(lambda: body(arguments)))
