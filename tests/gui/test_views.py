#!/usr/bin/env python3
"""The compare, matrix and coverage views in the real window, as the
--screenshot mode renders them for directors' slides: the compare view shows
huwelijk (left) and woningonderhoud (right) with their first blocks in the
intake colour on the same row; stacked, A's blocks sit above B's on the same columns; the matrix's diagonal cells are the deepest
blue where the layout puts them; the coverage view opens. Each at 1920x1080."""

import os
import sys

import guitest as g

DEEPEST = (8, 69, 148)  # the heat map's colour for 100%


def screenshot(args, tmp, name, extra):
    png = os.path.join(tmp, name + ".png")
    layout = os.path.join(tmp, name + ".json")
    g.run_app(args, tmp, [g.demo_workshop(args), "--size", "1920x1080", "--scale", "1",
                          "--recovery-dir", os.path.join(tmp, "recovery"), "--screenshot", png,
                          "--layout-json", layout] + extra)
    image = g.read_png(png)
    g.check((image.width, image.height) == (1920, 1080), "%s: the PNG is 1920x1080" % name)
    return image, g.load_json(layout)


def count_colour(image, colour, x0, x1, y0, y1, step=4):
    return sum(1 for y in range(y0, y1, step) for x in range(x0, x1, step)
               if g.colour_distance(image.pixel(x, y), colour) <= 12)


def body(args):
    colours = g.block_colours(args)
    with g.TempDir(keep=args.keep) as tmp:
        image, layout = screenshot(args, tmp, "compare", [
            "--view", "compare", "--compare", "huwelijk,melding-achterstallig-woningonderhoud"])
        g.check(layout["view"] == "compare", "the compare view is shown")
        g.check(layout["compare"] == ["huwelijk", "melding-achterstallig-woningonderhoud"],
                "it compares huwelijk with woningonderhoud")
        # Both columns start with an intake block, on the same row of the shared grid.
        left = count_colour(image, colours["intake"], 0, 900, 200, 400)
        right = count_colour(image, colours["intake"], 1020, 1920, 200, 400)
        g.check(left > 200 and right > 200,
                "intake blocks on both sides of the first row (%d and %d samples)" % (left, right))
        rows_left = [y for y in range(200, 400, 2)
                     if g.colour_distance(image.pixel(300, y), colours["intake"]) <= 12]
        rows_right = [y for y in range(200, 400, 2)
                      if g.colour_distance(image.pixel(1500, y), colours["intake"]) <= 12]
        g.check(rows_left and rows_right and abs(rows_left[0] - rows_right[0]) <= 2,
                "the matched intake blocks line up (top %s vs %s)"
                % (rows_left[:1], rows_right[:1]))

        # Stacked: A's row of blocks above B's, on the same columns.
        image, layout = screenshot(args, tmp, "stacked", [
            "--view", "compare", "--compare", "huwelijk,melding-achterstallig-woningonderhoud",
            "--stacked"])
        intake_rows = [y for y in range(150, 1080, 4)
                       if g.colour_distance(image.pixel(60, y), colours["intake"]) <= 12]
        g.check(intake_rows and intake_rows[-1] - intake_rows[0] > 150,
                "stacked: the first column shows an intake block for A and one for B below it "
                "(rows %s..%s)" % (intake_rows[:1], intake_rows[-1:]))
        gap = [y for y in range(intake_rows[0], intake_rows[-1], 4)
               if g.colour_distance(image.pixel(60, y), colours["intake"]) > 12] if intake_rows else []
        g.check(len(gap) > 10, "stacked: the two intake blocks are separate boxes")

        image, layout = screenshot(args, tmp, "matrix", ["--view", "matrix"])
        matrix = layout["matrix"]
        g.check(len(matrix["order"]) == 13, "the matrix has all 13 processes")
        cell = matrix["cell"]
        for index in range(len(matrix["order"])):
            # A corner of the diagonal cell, away from the number written in it.
            x = int(matrix["origin"][0] + index * cell + cell * 0.1)
            y = int(matrix["origin"][1] + index * cell + cell * 0.1)
            g.check(g.colour_distance(image.pixel(x, y), DEEPEST) <= 12,
                    "diagonal cell %d is the deepest blue" % (index + 1))

        image, layout = screenshot(args, tmp, "coverage", ["--view", "coverage"])
        g.check(layout["view"] == "coverage", "the coverage view is shown")
        swatches = count_colour(image, colours["intake"], 0, 60, 150, 400, step=2)
        g.check(swatches > 20, "the coverage table shows the intake swatch (%d)" % swatches)


if __name__ == "__main__":
    arguments = g.parse_args(__doc__)
    sys.exit(g.main(lambda: body(arguments)))
