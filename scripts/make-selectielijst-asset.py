#!/usr/bin/env python3
"""Builds assets/selectielijst-2020.json from the reference files in ../shared/reference.

The asset keeps what the export and its validation need: procestypen,
resultaten (with waardering, procestermijn, bewaartermijn) and the generic
resultaattypeomschrijvingen, each with the UUID of the reference file. The
program ships the asset, so it runs without ../shared. Re-run this script when
the reference files change; a test checks the asset still matches them.
"""
import json
import sys
from pathlib import Path

repo = Path(__file__).resolve().parent.parent
reference = Path(sys.argv[1]) if len(sys.argv) > 1 else repo.parent / "shared" / "reference"


def load(name):
    with open(reference / name, encoding="utf-8") as handle:
        return json.load(handle)


procestypen = load("selectielijst-2020-procestypen.json")
resultaten = load("selectielijst-2020-resultaten.json")
omschrijvingen = load("referentielijst-resultaattypeomschrijvingen-testdata.json")
openzaak = load("selectielijst-2020-procestypen-openzaak-urls.json")
nummer_of = {p["url"]: p["nummer"] for p in procestypen}
# selectielijst.openzaak.nl gives the same procestypen other UUIDs; imports
# may use either, so the asset keeps both.
openzaak_uuid = {p["nummer"]: p["url"].rstrip("/").rsplit("/", 1)[-1] for p in openzaak}

asset = {
    "format": "blokjessessie-selectielijst",
    "version": 1,
    "jaar": 2020,
    "source": "VNG-Realisatie/referentielijsten-api data/json @ 37f33369 (see docs/catalogi-reference.md)",
    "procestypen": [
        {
            "uuid": p["url"],
            "openzaakUuid": openzaak_uuid[p["nummer"]],
            "nummer": p["nummer"],
            "naam": p["naam"].strip(),
            "procesobject": p.get("procesobject", "").strip(),
        }
        for p in sorted(procestypen, key=lambda p: p["nummer"])
    ],
    "resultaten": [
        {
            "uuid": r["url"],
            "procestype": nummer_of[r["procesType"]],
            "volledigNummer": r["volledigNummer"],
            "generiek": bool(r["generiek"]),
            "naam": r["naam"].strip(),
            "omschrijving": r.get("omschrijving", "").strip(),
            "waardering": r.get("waardering", ""),
            "procestermijn": r.get("procestermijn", ""),
            "bewaartermijn": r.get("bewaartermijn"),
        }
        for r in resultaten
    ],
    "resultaattypeomschrijvingen": [
        {"uuid": o["url"], "omschrijving": o["omschrijving"]} for o in omschrijvingen
    ],
}

out = repo / "assets" / "selectielijst-2020.json"
with open(out, "w", encoding="utf-8") as handle:
    json.dump(asset, handle, ensure_ascii=False, indent=1)
    handle.write("\n")
print(f"wrote {out}: {len(asset['procestypen'])} procestypen, {len(asset['resultaten'])} resultaten")
