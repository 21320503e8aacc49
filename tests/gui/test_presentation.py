#!/usr/bin/env python3
"""Presentation mode in the real window (issue 12): F5 enters it on slide 1
(--layout-json says "presenting": true, "slide": 1, with the footer's text at
least 32 px high). Page Down steps through the whole running order: slide 1,
huwelijk's canvas, too wide for 1920x1080 at the presenting size, part by part
("part": [k, n]), then every slide to the last; Page Up goes back; Esc leaves.
(Every slide's text sizes, at 1920x1080 and 3840x2160, are gui_room_views'.)"""

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


def slide_count(args):
    listing = subprocess.run([args.cli, "present", g.demo_workshop(args)],
                             stdout=subprocess.PIPE, text=True, check=True).stdout
    return sum(1 for line in listing.splitlines() if line.strip()[:1].isdigit())


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
            # Page Down through the whole running order: huwelijk's canvas
            # (slide 1) is too wide for 1920x1080 at the presenting size, so
            # its parts come first ("part": [k, n]), then the next slides.
            count = slide_count(args)
            parts = layout["present"]["part"][1]
            g.check(layout["present"]["part"] == [1, parts] and parts >= 2,
                    "huwelijk is shown in %d parts, the first one now" % parts)
            seen = [(1, 1)]
            while not (layout["slide"] == count and
                       layout["present"]["part"][0] == layout["present"]["part"][1]):
                g.check(len(seen) < 40, "Page Down reaches the end of the running order")
                before = (layout["slide"], layout["present"]["part"][0])
                g.key(window, "Next")  # Page Down, what a presenter clicker sends
                layout = wait_layout(
                    app, layout_path,
                    lambda l, b=before: l.get("presenting") is True and
                    (l.get("slide"), l["present"]["part"][0]) != b,
                    "the next part or slide after %r" % (before,))
                seen.append((layout["slide"], layout["present"]["part"][0]))
            g.check([slide for slide, _ in seen] == sorted(slide for slide, _ in seen),
                    "Page Down only goes forward: %s" % seen)
            g.check(sorted(set(slide for slide, _ in seen)) == list(range(1, count + 1)),
                    "every one of the %d slides was shown: %s" % (count, seen))
            g.check(seen[:parts] == [(1, k) for k in range(1, parts + 1)],
                    "slide 1's parts come before slide 2: %s" % seen[:parts + 1])
            g.key(window, "Next")
            layout = wait_layout(app, layout_path, lambda l: l.get("presenting") is True, "still presenting")
            g.check(layout["slide"] == count, "Page Down on the last slide stays there")
            g.key(window, "Prior")  # Page Up
            layout = wait_layout(app, layout_path, lambda l: l.get("slide") == count - 1,
                                 "slide %d after Page Up" % (count - 1))
            g.check(layout["presenting"] is True, "Page Up goes back a slide")
            g.key(window, "Escape")
            layout = wait_layout(app, layout_path, lambda l: l.get("presenting") is False,
                                 "not presenting after Esc")
            g.check(layout["slide"] is None, "Esc leaves presentation mode")
            g.key(window, "ctrl+q", may_close=True)
            g.check(app.wait_exit(10) == 0, "Ctrl+Q quits")
        finally:
            app.stop()


if __name__ == "__main__":
    arguments = g.parse_args(__doc__, need_cli=True)
    sys.exit(g.main(lambda: body(arguments)))
