#!/usr/bin/env python3
"""Presentation mode in the real window (issue 12): F5 enters it on slide 1
(--layout-json says "presenting": true, "slide": 1, with the footer's text at
least 32 px high), Page Down twice reaches slide 3, Esc leaves. Then
--screenshot of each slide of the demo's running order at 1920x1080 with the
footer's text and the votes' names checked through --layout-json."""

import json
import os
import subprocess
import sys

import guitest as g


def read_layout(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def wait_layout(app, path, predicate, what):
    return g.wait_for(lambda: (lambda layout: layout if layout and predicate(layout) else None)(
        read_layout(path)), 15, what, app)


def body(args):
    with g.TempDir(keep=args.keep) as tmp:
        layout_path = os.path.join(tmp, "layout.json")
        app = g.App(args, tmp, [g.demo_workshop(args), "--size", "1920x1080", "--scale", "1",
                                "--recovery-dir", os.path.join(tmp, "recovery"),
                                "--layout-json", layout_path])
        try:
            window = app.find_window()
            layout = g.wait_for_json_file(layout_path, 20, app)
            g.check(layout.get("presenting") is False, "the app starts editing, not presenting")
            g.key(window, "F5")
            layout = wait_layout(app, layout_path, lambda l: l.get("presenting") is True,
                                 "presenting after F5")
            g.check(layout["slide"] == 1, "F5 starts on slide 1 (got %r)" % layout["slide"])
            title = layout["present"]["title"]
            g.check(title["text_px"] >= 32,
                    "the footer's title is %s px high (>= 32)" % title["text_px"])
            for _ in range(2):
                g.key(window, "Next")  # Page Down, what a presenter clicker sends
            layout = wait_layout(app, layout_path, lambda l: l.get("slide") == 3,
                                 "slide 3 after Page Down twice")
            g.check(layout["presenting"] is True, "Page Down twice: still presenting, slide 3")
            g.key(window, "Escape")
            layout = wait_layout(app, layout_path, lambda l: l.get("presenting") is False,
                                 "not presenting after Esc")
            g.check(layout["slide"] is None, "Esc leaves presentation mode")
            g.key(window, "ctrl+q", may_close=True)
            g.check(app.wait_exit(10) == 0, "Ctrl+Q quits")
        finally:
            app.stop()

        # --- A screenshot of every slide, with its text sizes ------------------------
        order = subprocess.run([args.cli, "present", g.demo_workshop(args)],
                               stdout=subprocess.PIPE, text=True, check=True).stdout
        count = sum(1 for line in order.splitlines() if line.strip()[:1].isdigit())
        g.check(count >= 3, "the demo's running order has %d slides" % count)
        for slide in range(1, count + 1):
            png = os.path.join(tmp, "slide-%d.png" % slide)
            shot_layout = os.path.join(tmp, "slide-%d.json" % slide)
            g.run_app(args, tmp, [g.demo_workshop(args), "--size", "1920x1080", "--scale", "1",
                                  "--recovery-dir", os.path.join(tmp, "recovery"),
                                  "--view", "present", "--slide", str(slide),
                                  "--screenshot", png, "--layout-json", shot_layout])
            layout = g.load_json(shot_layout)
            g.check(layout["presenting"] is True and layout["slide"] == slide,
                    "slide %d: presenting, on slide %d" % (slide, slide))
            for key, text in layout["present"].items():
                g.check(text["text_px"] >= 32,
                        "slide %d: %s is %s px high (>= 32)" % (slide, key, text["text_px"]))
            votes = layout.get("votes")
            if isinstance(votes, dict):  # drawn only on the votes slide
                for row in votes["rows"]:
                    g.check(row["text_px"] >= 32, "slide %d: the vote for %r is %s px high"
                            % (slide, row["name"], row["text_px"]))
            image = g.read_png(png)
            g.check((image.width, image.height) == (1920, 1080), "slide %d: 1920x1080" % slide)


if __name__ == "__main__":
    arguments = g.parse_args(__doc__, need_cli=True)
    sys.exit(g.main(lambda: body(arguments)))
