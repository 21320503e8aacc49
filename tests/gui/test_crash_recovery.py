#!/usr/bin/env python3
"""Crash recovery with real input: two edits (move a block 200 px to the
right, drop a palette block on the canvas), then kill -9 before saving. The
workshop file is untouched and one recovery file holds the work; restarting
offers it, Return restores it, Ctrl+S saves both edits."""

import glob
import os
import shutil
import sys
import time

import guitest as g
from test_e2e_palette_save import empty_drop_point

PROCESS = "huwelijk"
MOVED = "b1"
MOVE_PX = 200
KIND, VARIANT = "publiceren", "standaard"


def recovery_files(directory):
    return sorted(glob.glob(os.path.join(directory, "*.recovery.json")))


def check_edits(workshop, before, what):
    """Both edits are in `workshop`: MOVED further right, one new KIND/VARIANT block."""
    old = g.find_process(before, PROCESS)
    new = g.find_process(workshop, PROCESS)
    old_ids = {b["id"] for b in old["blocks"]}
    old_x = next(b for b in old["blocks"] if b["id"] == MOVED)["position"]["x"]
    moved = next((b for b in new["blocks"] if b["id"] == MOVED), None)
    g.check(moved is not None, "%s: block %s is still there" % (what, MOVED))
    g.check(moved["position"]["x"] > old_x + 100,
            "%s: block %s moved right, x %s -> %s" % (what, MOVED, old_x, moved["position"]["x"]))
    added = [b for b in new["blocks"] if b["id"] not in old_ids]
    g.check(len(new["blocks"]) == len(old["blocks"]) + 1 and len(added) == 1,
            "%s: %s has one more block (%d -> %d)"
            % (what, PROCESS, len(old["blocks"]), len(new["blocks"])))
    g.check((added[0]["kind"], added[0]["variant"]) == (KIND, VARIANT),
            "%s: the new block %s is %s/%s" % (what, added[0]["id"], added[0]["kind"],
                                               added[0]["variant"]))
    return moved["position"]["x"], added[0]["id"]


def main():
    args = g.parse_args(__doc__)

    def body():
        with g.TempDir(args.keep) as tmp:
            workshop_path = os.path.join(tmp, "workshop.json")
            shutil.copyfile(g.demo_workshop(args), workshop_path)
            recovery_dir = os.path.join(tmp, "recovery")
            original_bytes = g.read_bytes(workshop_path)
            before = g.load_json(workshop_path)
            common = [workshop_path, "--size", "1600x900", "--scale", "1", "--process", PROCESS,
                      "--recovery-dir", recovery_dir]

            # --- First session: two edits, then a crash -----------------------
            g.log("\n== first session: edit, then kill -9")
            layout_path = os.path.join(tmp, "layout1.json")
            app = g.App(args, tmp, common + ["--layout-json", layout_path], "first")
            try:
                layout = g.wait_for_json_file(layout_path, 20, app)
                window = app.find_window()
                rect = layout["blocks"][MOVED]["rect"]
                # Press in the block's left part: the output port is on its right edge.
                start = (rect[0] + (rect[2] - rect[0]) * 0.3, (rect[1] + rect[3]) / 2)
                end = (start[0] + MOVE_PX, start[1])
                g.check(end[0] < layout["canvas"][2] - 20, "the move ends inside the canvas")
                g.log("  dragging block %s from %s to %s" % (MOVED, start, end))
                g.drag(window, start, end, steps=10)
                g.wait_for(lambda: app.window_title().startswith("* "), 10,
                           "the title to show '* ' after moving a block", app)
                g.check(True, "moving %s modified the document (title %r)"
                        % (MOVED, app.window_title()))

                # The moved block now covers another spot: keep the drop clear of it.
                moved_layout = dict(layout)
                moved_layout["blocks"] = dict(layout["blocks"])
                moved_layout["blocks"][MOVED + "-moved"] = {"rect": [rect[0] + MOVE_PX, rect[1],
                                                                     rect[2] + MOVE_PX, rect[3]]}
                button = layout["palette"][KIND + "/" + VARIANT]
                source = ((button[0] + button[2]) / 2, (button[1] + button[3]) / 2)
                target = empty_drop_point(moved_layout)
                g.log("  dragging palette %s/%s from %s to %s" % (KIND, VARIANT, source, target))
                g.drag(window, source, target, steps=15)

                def recovered_with_both_edits():
                    files = recovery_files(recovery_dir)
                    if len(files) != 1:
                        return False
                    try:
                        work = g.load_json(files[0])
                    except ValueError:
                        return False
                    blocks = g.find_process(work, PROCESS)["blocks"]
                    return len(blocks) == len(g.find_process(before, PROCESS)["blocks"]) + 1
                # Recovery files are written ~0.5 s after an edit; give it 2.5 s.
                time.sleep(2.5)
                app.assert_running("waiting for the recovery file")
                g.check(recovered_with_both_edits() or
                        g.wait_for(recovered_with_both_edits, 2,
                                   "a recovery file holding both edits", app),
                        "within 2.5 s of the edits a recovery file holds both")
                app.kill()
                g.check(app.process.returncode == -9,
                        "the app was killed with SIGKILL (returncode %s)" % app.process.returncode)
            finally:
                app.stop()

            g.check(g.read_bytes(workshop_path) == original_bytes,
                    "the workshop file is unchanged on disk (it was never saved)")
            files = recovery_files(recovery_dir)
            g.check(len(files) == 1, "the recovery dir holds one *.recovery.json: %s"
                    % [os.path.basename(f) for f in files])
            others = [f for f in os.listdir(recovery_dir) if not f.endswith(".recovery.json")]
            g.check(not others, "and nothing else (no temporary files): %s" % others)
            recovered_x, recovered_new = check_edits(g.load_json(files[0]), before,
                                                     "the recovery file")

            # --- Second session: restore, save ---------------------------------
            g.log("\n== second session: restore with Return, save with Ctrl+S")
            layout_path = os.path.join(tmp, "layout2.json")
            app = g.App(args, tmp, common + ["--layout-json", layout_path], "second")
            try:
                g.wait_for_json_file(layout_path, 20, app)  # a few frames: the prompt is up
                window = app.find_window()
                title = app.window_title()
                g.check(title == "workshop.json - Blokjessessie",
                        "before restoring, the document is unmodified (title %r)" % title)
                time.sleep(0.3)
                g.key(window, "Return")
                g.wait_for(lambda: app.window_title().startswith("* "), 10,
                           "Return to restore the work (title '* ...')", app)
                g.check(True, "Return restored the work: title %r" % app.window_title())
                # Saved at once, before the recovery schedule (0.5 s) writes again:
                # the restored recovery file must still be removed by the save.
                stamp = g.file_stamp(workshop_path)
                g.key(window, "ctrl+s")
                g.wait_for(lambda: g.file_stamp(workshop_path) != stamp, 10,
                           "Ctrl+S to rewrite the workshop", app)
                g.wait_for(lambda: not app.window_title().startswith("* "), 10,
                           "the title to drop '* ' after saving", app)
                g.check(True, "Ctrl+S saved; title %r" % app.window_title())
                g.wait_for(lambda: not recovery_files(recovery_dir), 5,
                           "the recovery file to be removed after saving", app)
                g.check(True, "after saving, the recovery file is gone")
            finally:
                app.stop()  # whatever happens: no app is left running

            saved_x, saved_new = check_edits(g.load_json(workshop_path), before, "the saved file")
            g.check((saved_x, saved_new) == (recovered_x, recovered_new),
                    "the saved file has exactly the recovered edits (x %s, new block %s)"
                    % (saved_x, saved_new))

    return g.main(body)


if __name__ == "__main__":
    sys.exit(main())
