#!/usr/bin/env python3
"""The export dialog with real input: Ctrl+E opens it, "Alle" ticks every
process and "Exporteren" writes the suggested ZIP beside the workshop (an Open
Zaak import with one zaaktype per process). On a copy of the demo with a
finding (huwelijk's b5 given b1's statustype omschrijving), clicking the
dialog's first finding row switches to the canvas, shows huwelijk and selects
and centres b5.

The dialog's widgets are not in --layout-json, so they are found in the
window's pixels (read from the X server): the dialog is what Ctrl+E changed,
its buttons are the light style's button colour, the findings table starts
below its header row's colour. The canvas side (process, view, the block's
place, the inspector showing one block) comes from --layout-json."""

import json
import os
import shutil
import sys
import time
import zipfile

import guitest as g

SIZE = (1600, 900)
FINDING_PROCESS, FINDING_BLOCK, SAME_AS = "huwelijk", "b5", "b1"
# Start somewhere else, so the click has to switch process and view.
START_PROCESS, START_VIEW = "melding-openbare-ruimte", "matrix"

# ImGui 1.86 StyleColorsLight, as drawn on the window background (0.94 grey).
BUTTON = (170, 204, 244)         # ImGuiCol_Button (0.26, 0.59, 0.98, 0.40)
TABLE_HEADER = (199, 222, 250)   # ImGuiCol_TableHeaderBg (0.78, 0.87, 0.98)
CHECK_MARK = (66, 150, 250)      # ImGuiCol_CheckMark (0.26, 0.59, 0.98)
ERROR_TEXT = (191, 25, 25)       # colours.h kErrorTextColour (0.75, 0.1, 0.1)
SELECTED = (20, 110, 230)        # canvas_panel.cpp: a selected block's outline


def grab(window):
    return g.grab_window(window, *SIZE)


def matches(image, x, y, colour, tolerance):
    return g.colour_distance(image.pixel(x, y), colour) <= tolerance


def runs(image, y, x0, x1, colour, tolerance=6, min_length=10):
    """[(start, end)) of the horizontal runs of `colour` on row y."""
    found = []
    start = None
    for x in range(x0, x1 + 1):
        inside = x < x1 and matches(image, x, y, colour, tolerance)
        if inside and start is None:
            start = x
        elif not inside and start is not None:
            if x - start >= min_length:
                found.append((start, x))
            start = None
    return found


def changed_rect(before, after):
    """The bounding box [x0, y0, x1, y1) of the pixels that differ."""
    rows = [y for y in range(after.height) if before.rows[y] != after.rows[y]]
    if not rows:
        return None
    x0, x1 = after.width, 0
    for y in rows:
        a, b = before.rows[y], after.rows[y]
        left = next(x for x in range(after.width) if a[3 * x:3 * x + 3] != b[3 * x:3 * x + 3])
        right = next(x for x in reversed(range(after.width))
                     if a[3 * x:3 * x + 3] != b[3 * x:3 * x + 3])
        x0, x1 = min(x0, left), max(x1, right + 1)
    return [x0, rows[0], x1, rows[-1] + 1]


def buttons(image, dialog, from_bottom=False):
    """The first row of buttons from the dialog's top (or bottom): their
    rectangles, left to right. A button's edge rows and left padding hold no
    text, so its runs are whole there."""
    x0, y0, x1, y1 = dialog
    ys = range(y1 - 2, y0, -1) if from_bottom else range(y0 + 1, y1 - 1)
    for y in ys:
        found = runs(image, y, x0 + 2, x1 - 2, BUTTON)
        if not found:
            continue
        rects = []
        for start, end in found:
            # Walk along the left padding column to the button's other edge.
            step = -1 if from_bottom else 1
            other = y
            while y0 < other + step < y1 and matches(image, start + 1, other + step, BUTTON, 6):
                other += step
            rects.append([start, min(y, other), end, max(y, other) + 1])
        return rects
    return []


def centre(rect):
    return ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)


def count(image, rect, colour, tolerance):
    x0, y0, x1, y1 = [int(v) for v in rect]
    return sum(1 for y in range(y0, y1) for x in range(x0, x1)
               if matches(image, x, y, colour, tolerance))


def latest_layout(path, app, condition, what, timeout=10):
    def ready():
        try:
            layout = g.load_json(path)
        except (OSError, ValueError):
            return None
        return layout if condition(layout) else None
    return g.wait_for(ready, timeout, what, app)


def open_dialog(app, window, tmp, name):
    """Ctrl+E until the window changes; returns (dialog rect, its pixels).
    A key press can be lost while the window is still settling: retried."""
    # The mouse on the menu bar's empty end, so it hovers nothing in the dialog.
    g.mouse_to(window, SIZE[0] - 20, 8)
    time.sleep(0.3)
    before = grab(window)
    for attempt in range(3):
        g.key(window, "ctrl+e")
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            app.assert_running("waiting for the export dialog")
            time.sleep(0.3)  # a few frames, so the dialog is drawn in full
            after = grab(window)
            dialog = changed_rect(before, after)
            if dialog and dialog[2] - dialog[0] > 200 and dialog[3] - dialog[1] > 200:
                g.write_png(after, os.path.join(tmp, name + ".png"))
                g.check(True, "Ctrl+E opened the export dialog at %s (attempt %d)"
                        % (dialog, attempt + 1))
                return dialog, after
        g.log("  no dialog yet after Ctrl+E (attempt %d)" % (attempt + 1))
    g.write_png(grab(window), os.path.join(tmp, name + "-failed.png"))
    raise g.TestFailure("Ctrl+E did not open the export dialog")


def click_all(app, window, tmp, dialog, image):
    """Clicks "Alle", the first button of the dialog, until the process list's
    check marks multiply."""
    found = buttons(image, dialog)
    g.check(len(found) >= 2, "the dialog's first buttons (Alle, Geen) are at %s" % found)
    alle = found[0]
    # The process list, below the buttons.
    below = [dialog[0], alle[3], dialog[2], alle[3] + 200]
    ticked = count(image, below, CHECK_MARK, 10)
    for attempt in range(3):
        g.click(window, centre(alle))
        time.sleep(0.3)
        after = grab(window)
        now = count(after, below, CHECK_MARK, 10)
        if now > 3 * max(ticked, 1):
            g.check(True, "clicking Alle at %s ticked more processes (%d check-mark pixels, "
                    "were %d)" % (alle, now, ticked))
            return after
        g.log("  the process list did not change after clicking Alle (attempt %d)"
              % (attempt + 1))
    g.write_png(grab(window), os.path.join(tmp, "alle-failed.png"))
    raise g.TestFailure("clicking Alle at %s ticked nothing" % alle)


def export_everything(args, tmp):
    """Ctrl+E, Alle, Exporteren on a copy of the demo: the suggested ZIP."""
    workshop_path = os.path.join(tmp, "workshop.json")
    shutil.copyfile(g.demo_workshop(args), workshop_path)
    zip_path = os.path.join(tmp, "workshop.zip")
    process_ids = [p["id"] for p in g.load_json(workshop_path)["processes"]]
    layout_path = os.path.join(tmp, "layout.json")
    app = g.App(args, tmp, [workshop_path, "--size", "%dx%d" % SIZE, "--scale", "1",
                            "--recovery-dir", os.path.join(tmp, "recovery"),
                            "--layout-json", layout_path], log_name="export")
    try:
        g.wait_for_json_file(layout_path, 20, app)
        window = app.find_window()
        time.sleep(0.3)
        dialog, image = open_dialog(app, window, tmp, "export-dialog")
        image = click_all(app, window, tmp, dialog, image)
        g.check(not os.path.exists(zip_path), "nothing is written before Exporteren")
        # Exporteren and Sluiten: the lowest buttons; no findings, so nothing below them.
        found = buttons(image, dialog, from_bottom=True)
        g.check(len(found) == 2, "the bottom buttons (Exporteren, Sluiten) are at %s" % found)
        for attempt in range(3):
            g.click(window, centre(found[0]))
            try:
                g.wait_for(lambda: os.path.exists(zip_path), 5, zip_path, app)
                break
            except g.TestFailure:
                g.log("  no ZIP after clicking Exporteren (attempt %d)" % (attempt + 1))
        else:
            g.write_png(grab(window), os.path.join(tmp, "export-failed.png"))
            raise g.TestFailure("clicking Exporteren at %s wrote no %s" % (found[0], zip_path))
        # Written atomically or not, give it a moment to be complete.
        g.wait_for(lambda: zipfile.is_zipfile(zip_path), 5, "a complete ZIP", app)
        g.key(window, "ctrl+q", may_close=True)
        code = app.wait_exit(10)
        g.check(code == 0, "Ctrl+Q quits the app (exit %s)" % code)
    finally:
        app.stop()

    g.check(os.path.isfile(zip_path), "the suggested workshop.zip is beside workshop.json")
    g.check(g.read_bytes(zip_path)[:2] == b"PK", "workshop.zip starts with PK")
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        g.check("ZaakType.json" in names, "the ZIP holds ZaakType.json (%s)" % names)
        zaaktypen = json.loads(archive.read("ZaakType.json"))
    g.check(len(zaaktypen) == len(process_ids),
            "ZaakType.json has one zaaktype per process (%d of %d): Alle ticked them all"
            % (len(zaaktypen), len(process_ids)))


def invalid_copy(args, tmp):
    """The demo with b5's statustype omschrijving the same as b1's: Open Zaak
    needs them unique per zaaktype, so this is the only error."""
    workshop = g.load_json(g.demo_workshop(args))
    blocks = {b["id"]: b for b in g.find_process(workshop, FINDING_PROCESS)["blocks"]}
    same = blocks[SAME_AS]["overrides"]["statustype"]["omschrijving"]
    blocks[FINDING_BLOCK].setdefault("overrides", {}).setdefault("statustype", {})[
        "omschrijving"] = same
    path = os.path.join(tmp, "invalid.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(workshop, f, indent=2, ensure_ascii=False)
    return path


def first_finding_row(image, dialog, tmp):
    """Where to click the findings table's first row (below its header row),
    which must be the error: on its red severity text."""
    x0, y0, x1, y1 = dialog
    width = x1 - x0
    header = bottom = None
    for y in range(y0, y1):
        # Mostly header colour: the column borders and titles cover a little of it.
        if sum(end - start for start, end in runs(image, y, x0, x1, TABLE_HEADER, 6, 1)) \
                > width * 0.6:
            header = y if header is None else header
            bottom = y
        elif header is not None:
            break
    if header is None:
        g.write_png(image, os.path.join(tmp, "findings-failed.png"))
        raise g.TestFailure("no findings table header in the dialog %s" % dialog)
    row_height = bottom + 1 - header
    # The severity column's red text, from the first row down: its first line.
    red = []
    for y in range(bottom + 1, min(bottom + 1 + 2 * row_height, y1)):
        xs = [x for x in range(x0, x0 + width // 4) if matches(image, x, y, ERROR_TEXT, 40)]
        if xs:
            red.append((y, xs[0]))
        elif red:
            break
    g.check(bool(red) and red[0][0] - bottom <= row_height,
            "the first row below the findings header (y %d-%d) is an error (red text at y %s)"
            % (header, bottom, [y for y, _ in red[:1]]))
    return (min(x for _, x in red) + 8, (red[0][0] + red[-1][0]) / 2)


def click_finding(args, tmp):
    path = invalid_copy(args, tmp)
    layout_path = os.path.join(tmp, "invalid.layout.json")
    app = g.App(args, tmp, [path, "--size", "%dx%d" % SIZE, "--scale", "1",
                            "--process", START_PROCESS, "--view", START_VIEW,
                            "--recovery-dir", os.path.join(tmp, "recovery"),
                            "--layout-json", layout_path], log_name="finding")
    try:
        layout = latest_layout(layout_path, app, lambda l: l["view"] == START_VIEW,
                               "the %s view" % START_VIEW, timeout=20)
        g.check(layout["process"] == START_PROCESS, "the app shows %s in the %s view"
                % (layout["process"], layout["view"]))
        window = app.find_window()
        time.sleep(0.3)
        dialog, image = open_dialog(app, window, tmp, "finding-dialog")
        image = click_all(app, window, tmp, dialog, image)
        time.sleep(0.3)  # the findings of every process
        image = grab(window)
        g.write_png(image, os.path.join(tmp, "finding-all.png"))
        row = first_finding_row(image, dialog, tmp)

        def focused(layout):
            return (layout["view"] == "canvas" and layout["process"] == FINDING_PROCESS
                    and "inspector.label" in layout["inspector"])
        for attempt in range(3):
            g.click(window, row)
            try:
                layout = latest_layout(layout_path, app, focused,
                                       "the canvas showing %s with one block selected"
                                       % FINDING_PROCESS, timeout=5)
                break
            except g.TestFailure:
                g.log("  the view did not change after clicking the row (attempt %d)"
                      % (attempt + 1))
        else:
            g.write_png(grab(window), os.path.join(tmp, "finding-failed.png"))
            raise g.TestFailure("clicking the first finding at %s showed nothing" % row)
        g.check(True, "clicking the finding switched to the canvas with %s and the inspector "
                "on one block" % FINDING_PROCESS)

        # The block is centred on the canvas (once the fit and centring settle).
        def centred(layout):
            if not focused(layout) or FINDING_BLOCK not in layout["blocks"]:
                return False
            bx, by = centre(layout["blocks"][FINDING_BLOCK]["rect"])
            cx, cy = centre(layout["canvas"])
            return abs(bx - cx) <= 3 and abs(by - cy) <= 3
        layout = latest_layout(layout_path, app, centred,
                               "%s centred on the canvas" % FINDING_BLOCK)
        g.check(True, "%s is centred on the canvas %s at %s" % (
            FINDING_BLOCK, layout["canvas"], [round(v) for v in layout["blocks"][FINDING_BLOCK]["rect"]]))

        # And drawn selected: its outline is the selection blue, no other block's is.
        time.sleep(0.2)
        image = grab(window)
        g.write_png(image, os.path.join(tmp, "finding-selected.png"))
        canvas = layout["canvas"]

        def outline(rect):
            """Selection-blue pixels along the middle of the block's top edge."""
            x0, y0, x1, _ = rect
            band = [x0 + (x1 - x0) * 0.25, y0, x0 + (x1 - x0) * 0.75, y0 + 2]
            total = max(1, int(band[2] - band[0]) * 2)
            return count(image, band, SELECTED, 30) / total

        def in_view(rect):
            return (rect[0] >= max(canvas[0], dialog[2]) and rect[2] <= canvas[2]
                    and rect[1] >= canvas[1] and rect[3] <= canvas[3])
        shown = {b: v["rect"] for b, v in layout["blocks"].items() if in_view(v["rect"])}
        g.check(FINDING_BLOCK in shown, "%s is in view beside the dialog" % FINDING_BLOCK)
        share = outline(shown[FINDING_BLOCK])
        g.check(share >= 0.8, "%s's top edge is %.0f%% selection blue"
                % (FINDING_BLOCK, 100 * share))
        others = {b: outline(r) for b, r in shown.items() if b != FINDING_BLOCK}
        g.check(not others or max(others.values()) < 0.2,
                "the other blocks in view (%s) are not outlined" % sorted(others))
    finally:
        app.stop()


def main():
    args = g.parse_args(__doc__)

    def body():
        with g.TempDir(args.keep) as tmp:
            export_everything(args, tmp)
            click_finding(args, tmp)

    return g.main(body)


if __name__ == "__main__":
    sys.exit(main())
