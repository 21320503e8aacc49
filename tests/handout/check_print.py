#!/usr/bin/env python3
"""The handout, the cards and the pictures as users get them: `blokjes export` writes them,
headless chromium renders the HTML (DOM and screenshot), and poppler's
pdfinfo/pdftotext read the PDFs: page size, one page or more per process,
each process starting a page, no word beyond the page's edge.

Usage: check_print.py BLOKJES SOURCE_DIR"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BLOKJES, SOURCE = sys.argv[1], sys.argv[2]
DEMO = os.path.join(SOURCE, "scenarios", "demo-workshop.json")
A4 = (595.0, 842.0)  # points; chromium rounds to whole points
failures = []


def check(condition, message):
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures.append(message)


def run(args, expect=0):
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace", timeout=300)
    if expect is not None and result.returncode != expect:
        print("$ " + " ".join(args))
        print(result.stdout[-2000:], result.stderr[-2000:])
    return result


def pdf_pages(path):
    info = run(["pdfinfo", path]).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    return pages, (float(size.group(1)), float(size.group(2)))


def page_texts(path, pages):
    return [run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), path, "-"]).stdout
            for n in range(1, pages + 1)]


def words_outside_page(path, margin=8.0):
    """Words whose box reaches within `margin` points of a page edge (cut or nearly)."""
    html = run(["pdftotext", "-bbox", path, "-"]).stdout
    outside = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        for word in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                r'yMax="([\d.]+)">(.*?)</word>', page.group(3)):
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            if x0 < margin or y0 < margin or x1 > width - margin or y1 > height - margin:
                outside.append(word.group(5))
    return outside


with open(DEMO, encoding="utf-8") as f:
    workshop = json.load(f)
with open(os.path.join(SOURCE, "assets", "blocks.json"), encoding="utf-8") as f:
    library = json.load(f)
names = [p["name"] for p in workshop["processes"]]
tmp = tempfile.mkdtemp(prefix="blokjes-print-")

# --- the cards ---------------------------------------------------------------
cards_pdf = os.path.join(tmp, "cards.pdf")
result = run([BLOKJES, "export", DEMO, "--format", "cards", "-o", cards_pdf])
check(result.returncode == 0, "cards: export exits 0")
kinds = library["kinds"]
card_count = sum(len(k["variants"]) for k in kinds) + len(kinds)
pages, size = pdf_pages(cards_pdf)
check(pages == math.ceil(card_count / 4), "cards: %d cards on %d A4 sheets (four each)" % (card_count, pages))
check(abs(size[0] - A4[0]) < 2 and abs(size[1] - A4[1]) < 2, "cards: the sheets are A4 (%s)" % (size,))
text = run(["pdftotext", cards_pdf, "-"]).stdout
flat = " ".join(text.split())
missing = [v["name"]["nl"] for k in kinds for v in k["variants"] if " ".join(v["name"]["nl"].split()) not in flat]
check(not missing, "cards: every variant's name is on a card (missing: %s)" % missing[:5])
check(flat.count("Eigen variant") == len(kinds), "cards: one empty card per kind")

# --- the handout as HTML, in chromium ------------------------------------------
html = os.path.join(tmp, "handout.html")
result = run([BLOKJES, "export", DEMO, "--format", "html", "--all", "-o", html])
check(result.returncode == 0, "html: export exits 0")
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
check(chromium is not None, "chromium is installed")
if chromium:
    base = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--user-data-dir=" + os.path.join(tmp, "profile")]
    dom = run(base + ["--dump-dom", "file://" + html]).stdout
    titles = re.findall(r"<h2>(.*?)</h2>", dom)
    check(all(any(n.replace("&", "&amp;") == t for t in titles) for n in names),
          "html: every process's title is in chromium's DOM (%d h2)" % len(titles))
    check(dom.count("data:image/svg+xml;base64,") == len(names), "html: one embedded picture per process")
    shot = os.path.join(tmp, "handout.png")
    run(base + ["--window-size=1240,1754", "--screenshot=" + shot, "file://" + html])
    ok = os.path.exists(shot) and os.path.getsize(shot) > 20000
    check(ok, "html: chromium's screenshot is not empty (%d bytes)" % (os.path.getsize(shot) if os.path.exists(shot) else 0))

# --- the handout as PDF --------------------------------------------------------
pdf = os.path.join(tmp, "handout.pdf")
result = run([BLOKJES, "export", DEMO, "--format", "pdf", "-o", pdf])
check(result.returncode == 0, "pdf: export exits 0")
if result.returncode == 0:
    pages, size = pdf_pages(pdf)
    check(abs(size[0] - A4[0]) < 2 and abs(size[1] - A4[1]) < 2, "pdf: A4 pages (%s)" % (size,))
    check(pages >= len(names) + 2, "pdf: %d pages for %d processes, a front page and the overview" % (pages, len(names)))
    texts = page_texts(pdf, pages)
    # A page's text from its top, words only: a long title wraps onto a second line.
    page_words = [" ".join(t.split()) for t in texts]
    starts = [sum(1 for words in page_words if words.startswith(" ".join(name.split())))
              for name in names]
    check(all(s == 1 for s in starts), "pdf: each process starts a page with its title (%s)" % starts)
    cut = words_outside_page(pdf)
    check(not cut, "pdf: no word reaches the page's edge (%s)" % cut[:5])
    # Each block's label is printed: a table cell wraps it, so its words are
    # looked for among the words of the pages from its process's first page on.
    missing = []
    for process in workshop["processes"]:
        name = " ".join(process["name"].split())
        first = next(i for i, words in enumerate(page_words) if words.startswith(name))
        following = set(" ".join(page_words[first:first + 4]).split())
        for block in process["blocks"]:
            if not all(word in following for word in block.get("label", "").split()):
                missing.append(block["label"])
    check(not missing, "pdf: every block label is printed with its process (missing: %s)" % missing[:5])

# --- the handout as Markdown -----------------------------------------------------
md_dir = os.path.join(tmp, "wiki")
result = run([BLOKJES, "export", DEMO, "--format", "md", "-o", md_dir])
check(result.returncode == 0, "md: export exits 0")
if result.returncode == 0:
    files = sorted(os.listdir(md_dir))
    svgs = [f for f in files if f.endswith(".svg")]
    check("handout.md" in files and len(svgs) == len(names), "md: handout.md and one SVG per process (%d)" % len(svgs))
    with open(os.path.join(md_dir, "handout.md"), encoding="utf-8") as f:
        md = f.read()
    check(all("](%s)" % s in md for s in svgs), "md: every picture is linked")
    for s in svgs:
        ET.parse(os.path.join(md_dir, s))  # raises on a malformed SVG
    check(True, "md: every SVG parses as XML")

# --- pictures from the command line -------------------------------------------------
import struct


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24]) if head[:8] == b"\x89PNG\r\n\x1a\n" else None


svg = os.path.join(tmp, "huwelijk.svg")
result = run([BLOKJES, "export", DEMO, "--format", "svg", "--process", "huwelijk", "-o", svg])
check(result.returncode == 0, "svg: one process to one file")
if result.returncode == 0:
    root = ET.parse(svg).getroot()
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    huwelijk = next(p for p in workshop["processes"] if p["id"] == "huwelijk")
    check(all(w in texts for b in huwelijk["blocks"] for w in b["label"].split()[:1]),
          "svg: the block labels are the SVG's text")
pngs = os.path.join(tmp, "pngs")
result = run([BLOKJES, "export", DEMO, "--format", "png", "--all", "-o", pngs])
files = sorted(os.listdir(pngs)) if os.path.isdir(pngs) else []
check(result.returncode == 0 and len(files) == len(names) and all(png_size(os.path.join(pngs, f)) for f in files),
      "png --all: a directory of %d PNGs" % len(files))
second = workshop["processes"][2]["id"]
compare_png = os.path.join(tmp, "compare.png")
result = run([BLOKJES, "export", DEMO, "--format", "png", "--view", "compare", "--process", "huwelijk",
              "--process", second, "-o", compare_png])
size = png_size(compare_png) if result.returncode == 0 else None
check(size is not None and size[0] > 1000 and size[1] > 500, "png --view compare: a picture of the pair %s" % (size,))
matrix_pdf = os.path.join(tmp, "matrix.pdf")
result = run([BLOKJES, "export", DEMO, "--format", "pdf", "--view", "matrix", "-o", matrix_pdf])
if result.returncode == 0:
    pages, _ = pdf_pages(matrix_pdf)
    text = " ".join(run(["pdftotext", matrix_pdf, "-"]).stdout.split())
    check(pages == 1 and all(" ".join(n.split()) in text for n in names),
          "pdf --view matrix: one page naming every process")
else:
    check(False, "pdf --view matrix exits 0")
result = run([BLOKJES, "export", DEMO, "--format", "svg", "--view", "compare", "--process", "huwelijk",
              "-o", os.path.join(tmp, "one.svg")], expect=None)
check(result.returncode == 2 and "twee processen" in result.stderr and not os.path.exists(os.path.join(tmp, "one.svg")),
      "--view compare with one process: exit 2 saying why, nothing written")

# --- bad output paths --------------------------------------------------------------
result = run([BLOKJES, "export", DEMO, "--format", "html", "-o", os.path.join(tmp, "nope", "x.html")], expect=None)
check(result.returncode == 2 and "nope" in result.stderr, "html into a missing directory: exit 2 naming it")
result = run([BLOKJES, "export", DEMO, "--format", "html", "-o", html], expect=None)
check(result.returncode == 2 and "already exists" in result.stderr, "html onto an existing file without --force: exit 2")
result = run([BLOKJES, "export", DEMO, "--format", "html", "--process", "bestaat-niet", "-o", os.path.join(tmp, "y.html")], expect=None)
check(result.returncode == 2 and "bestaat-niet" in result.stderr and not os.path.exists(os.path.join(tmp, "y.html")),
      "an unknown process: exit 2 naming it, nothing written")

if failures:
    print("kept in " + tmp)
    sys.exit(1)
shutil.rmtree(tmp, ignore_errors=True)
print("all print checks passed")
