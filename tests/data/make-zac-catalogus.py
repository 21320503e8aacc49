#!/usr/bin/env python3
# Writes tests/data/zac-catalogus/<Resource>.json: a catalogue in the shape of an
# Open Zaak export (response representations, read-only fields included), with
# real Selectielijst 2020 URLs. Run from the repository root:
#   python3 tests/data/make-zac-catalogus.py assets/selectielijst-2020.json tests/data/zac-catalogus
# The JSON files are the fixture; this script only says how they were made.
import json, uuid, os, sys
BASE = "https://openzaak.voorbeeldgemeente.nl/catalogi/api/v1"
SL = "https://selectielijst.openzaak.nl/api/v1"
NS = uuid.UUID("6f1d2c1e-6a3c-4b8e-9a51-0d2b7f6e9c10")
def uid(name): return str(uuid.uuid5(NS, name))
def url(coll, name): return f"{BASE}/{coll}/{uid(name)}"
sel = json.load(open(sys.argv[1]))
def proc(n): return next(p for p in sel["procestypen"] if p["nummer"] == n)
def klasse(v): return next(r for r in sel["resultaten"] if r["volledigNummer"] == v)
def oms(o): return next(r for r in sel["resultaattypeomschrijvingen"] if r["omschrijving"] == o)

CAT = url("catalogussen", "catalogus")
catalogus = {"url": CAT, "domein": "VBG", "rsin": "002220647",
  "contactpersoonBeheerNaam": "Functioneel beheer zaakgericht werken",
  "contactpersoonBeheerTelefoonnummer": "14 0123", "contactpersoonBeheerEmailadres": "zaakgericht@voorbeeldgemeente.nl",
  "naam": "Zaaktypen Voorbeeldgemeente", "versie": "2026.1", "begindatumVersie": "2026-01-01",
  "zaaktypen": [], "besluittypen": [], "informatieobjecttypen": []}

iots, besluittypen, zaaktypen, statustypen, ziots, resultaattypen, roltypen, eigenschappen = [], [], [], [], [], [], [], []
def iot(name, vertrouwelijk, categorie):
    o = {"url": url("informatieobjecttypen", "iot/" + name), "catalogus": CAT, "omschrijving": name,
         "vertrouwelijkheidaanduiding": vertrouwelijk, "beginGeldigheid": "2026-01-01", "eindeGeldigheid": None,
         "concept": False, "informatieobjectcategorie": categorie, "trefwoord": [],
         "omschrijvingGeneriek": {"informatieobjecttypeOmschrijvingGeneriek": "", "definitieInformatieobjecttypeOmschrijvingGeneriek": "",
                                   "herkomstInformatieobjecttypeOmschrijvingGeneriek": "", "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "",
                                   "opmerkingInformatieobjecttypeOmschrijvingGeneriek": ""}}
    iots.append(o); catalogus["informatieobjecttypen"].append(o["url"]); return o["url"]
EMAIL = iot("e-mail", "openbaar", "Correspondentie")
MELDING = iot("Melding", "zaakvertrouwelijk", "Melding")
BESLUITDOC = iot("Besluit", "zaakvertrouwelijk", "Besluit")
AANVRAAG = iot("Aanvraagformulier", "vertrouwelijk", "Aanvraag")

def besluittype(name, generiek, reactietermijn, docs):
    o = {"url": url("besluittypen", "bt/" + name), "catalogus": CAT, "zaaktypen": [], "omschrijving": name,
         "omschrijvingGeneriek": generiek, "besluitcategorie": "", "reactietermijn": reactietermijn,
         "publicatieIndicatie": False, "publicatietekst": "", "publicatietermijn": None, "toelichting": "",
         "informatieobjecttypen": docs, "beginGeldigheid": "2026-01-01", "eindeGeldigheid": None, "concept": False}
    besluittypen.append(o); catalogus["besluittypen"].append(o["url"]); return o

def zaaktype(key, ident, omschrijving, procestype, doorlooptijd, servicenorm, bts, extra):
    z = {"url": url("zaaktypen", key), "identificatie": ident, "omschrijving": omschrijving,
         "omschrijvingGeneriek": "", "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
         "doel": extra["doel"], "aanleiding": extra["aanleiding"], "toelichting": "",
         "indicatieInternOfExtern": "extern", "handelingInitiator": extra["handelingInitiator"],
         "onderwerp": extra["onderwerp"], "handelingBehandelaar": "Behandelen",
         "doorlooptijd": doorlooptijd, "servicenorm": servicenorm,
         "opschortingEnAanhoudingMogelijk": True, "verlengingMogelijk": True, "verlengingstermijn": "P30D",
         "trefwoorden": extra.get("trefwoorden", []), "publicatieIndicatie": False, "publicatietekst": "",
         "verantwoordingsrelatie": [], "productenOfDiensten": [],
         "selectielijstProcestype": f"{SL}/procestypen/{proc(procestype)['uuid']}",
         "referentieproces": {"naam": extra["referentieproces"], "link": ""},
         "verantwoordelijke": extra["verantwoordelijke"],
         "beginGeldigheid": "2026-01-01", "eindeGeldigheid": None, "versiedatum": "2026-01-01",
         "concept": False, "catalogus": CAT,
         "statustypen": [], "resultaattypen": [], "eigenschappen": [], "informatieobjecttypen": [], "roltypen": [],
         "besluittypen": [b["url"] for b in bts], "deelzaaktypen": [], "gerelateerdeZaaktypen": [],
         "zaakobjecttypen": []}
    zaaktypen.append(z); catalogus["zaaktypen"].append(z["url"])
    for b in bts: b["zaaktypen"].append(z["url"])
    return z

def statustypen_of(z, key, rows):
    n = len(rows)
    for i, (name, tekst, informeren, doorlooptijd) in enumerate(rows, 1):
        s = {"url": url("statustypen", f"{key}/st/{name}"), "omschrijving": name, "omschrijvingGeneriek": "",
             "statustekst": tekst, "zaaktype": z["url"], "zaaktypeIdentificatie": z["identificatie"],
             "volgnummer": i, "isEindstatus": i == n, "informeren": informeren, "doorlooptijd": doorlooptijd,
             "toelichting": "", "checklistitemStatustype": [], "catalogus": CAT, "eigenschappen": [],
             "zaakobjecttypen": [], "beginGeldigheid": None, "eindeGeldigheid": None}
        statustypen.append(s); z["statustypen"].append(s["url"])
    return {r[0]: url("statustypen", f"{key}/st/{r[0]}") for r in rows}

def roltypen_of(z, key, rows):
    for name, generiek in rows:
        r = {"url": url("roltypen", f"{key}/rt/{name}"), "zaaktype": z["url"], "zaaktypeIdentificatie": z["identificatie"],
             "omschrijving": name, "omschrijvingGeneriek": generiek, "catalogus": CAT,
             "beginGeldigheid": None, "eindeGeldigheid": None}
        roltypen.append(r); z["roltypen"].append(r["url"])

def ziots_of(z, key, rows):
    for i, (doc, richting, status) in enumerate(rows, 1):
        o = {"url": url("zaaktype-informatieobjecttypen", f"{key}/ziot/{doc}"), "zaaktype": z["url"],
             "catalogus": CAT, "informatieobjecttype": doc, "volgnummer": i, "richting": richting, "statustype": status}
        ziots.append(o); z["informatieobjecttypen"].append(doc)

def brondatum(afleidingswijze, procestermijn=None, datumkenmerk=""):
    return {"afleidingswijze": afleidingswijze, "datumkenmerk": datumkenmerk, "einddatumBekend": False,
            "objecttype": "", "registratie": "", "procestermijn": procestermijn}

def resultaattypen_of(z, key, rows):
    for name, generiek, volledig, afleiding, bts in rows:
        k = klasse(volledig)
        o = {"url": url("resultaattypen", f"{key}/res/{name}"), "zaaktype": z["url"], "zaaktypeIdentificatie": z["identificatie"],
             "omschrijving": name, "resultaattypeomschrijving": f"{SL}/resultaattypeomschrijvingen/{oms(generiek)['uuid']}",
             "omschrijvingGeneriek": generiek,
             "selectielijstklasse": f"{SL}/resultaten/{k['uuid']}", "toelichting": "",
             "archiefnominatie": k["waardering"], "archiefactietermijn": k["bewaartermijn"],
             "brondatumArchiefprocedure": afleiding, "procesobjectaard": "", "indicatieSpecifiek": None,
             "procestermijn": None, "catalogus": CAT, "besluittypen": [b["url"] for b in bts],
             "besluittypeOmschrijving": [b["omschrijving"] for b in bts],
             "informatieobjecttypen": [], "informatieobjecttypeOmschrijving": [],
             "beginGeldigheid": None, "eindeGeldigheid": None}
        resultaattypen.append(o); z["resultaattypen"].append(o["url"])

def eigenschap_of(z, key, naam, definitie, formaat, lengte):
    o = {"url": url("eigenschappen", f"{key}/eig/{naam}"), "naam": naam, "definitie": definitie,
         "specificatie": {"groep": "", "formaat": formaat, "lengte": lengte, "kardinaliteit": "1", "waardenverzameling": []},
         "toelichting": "", "zaaktype": z["url"], "zaaktypeIdentificatie": z["identificatie"], "catalogus": CAT,
         "statustype": None, "beginGeldigheid": None, "eindeGeldigheid": None}
    eigenschappen.append(o); z["eigenschappen"].append(o["url"])

# 1. A zaakafhandelcomponent zaaktype: its five statustypen, a besluittype but no
#    step called "Besluit", statustypen without doorlooptijd, the e-mail document.
bt_ovl = besluittype("Besluit herstel openbare verlichting", "", "P6W", [BESLUITDOC])
z1 = zaaktype("melding-ovl", "ZAC-OVL-001", "Melding storing openbare verlichting", 15, "P4W", "P2W", [bt_ovl],
    {"doel": "Storingen aan de openbare verlichting verhelpen", "aanleiding": "Een melding van een inwoner",
     "handelingInitiator": "Melden", "onderwerp": "Openbare verlichting", "referentieproces": "Onderhouden en repareren",
     "verantwoordelijke": "Beheer openbare ruimte", "trefwoorden": ["openbare verlichting", "storing"]})
st1 = statustypen_of(z1, "melding-ovl", [
    ("Intake", "Wij hebben uw melding ontvangen.", True, "P2D"),
    ("In behandeling", "Wij werken aan uw melding.", False, None),
    ("Heropend", "Wij hebben uw melding opnieuw in behandeling genomen.", False, None),
    ("Wacht op aanvullende informatie", "Wij hebben meer informatie van u nodig.", True, "P14D"),
    ("Afgerond", "Uw melding is afgehandeld.", True, None)])
roltypen_of(z1, "melding-ovl", [("Melder", "initiator"), ("Behandelaar", "behandelaar"), ("Aannemer", "belanghebbende")])
ziots_of(z1, "melding-ovl", [(MELDING, "inkomend", st1["Intake"]), (EMAIL, "uitgaand", None),
                             (BESLUITDOC, "uitgaand", st1["Afgerond"])])
resultaattypen_of(z1, "melding-ovl", [
    ("Hersteld", "Toegekend", "15.1", brondatum("afgehandeld"), [bt_ovl]),
    ("Vervangen, gevolgen beheer", "Toegekend", "15.1.1", brondatum("termijn", "P5Y"), [bt_ovl]),
    ("Niet hersteld", "Afgewezen", "15.2", brondatum("afgehandeld"), []),
    ("Melding ingetrokken", "Ingetrokken", "15.3", brondatum("afgehandeld"), [])])

# 2. A voorziening with an end date: vervaldatum_besluit and eigenschap, where
#    the klasse's procestermijn (bestaansduur_procesobject) forbids afgehandeld.
bt_vz = besluittype("Besluit voorziening", "Toekenning", "P6W", [BESLUITDOC])
z2 = zaaktype("voorziening", "WMO-VZ-001", "Maatwerkvoorziening Wmo", 8, "P8W", None, [bt_vz],
    {"doel": "Een voorziening verstrekken", "aanleiding": "Een aanvraag van een inwoner",
     "handelingInitiator": "Aanvragen", "onderwerp": "Maatwerkvoorziening", "referentieproces": "Voorzieningen verstrekken",
     "verantwoordelijke": "Zorg en welzijn"})
st2 = statustypen_of(z2, "voorziening", [
    ("Intake", "Wij hebben uw aanvraag ontvangen.", True, "P1W"),
    ("Onderzoek", "Wij onderzoeken wat u nodig heeft.", False, "P6W"),
    ("Besluit genomen", "Er is een besluit genomen over uw aanvraag.", True, None),
    ("Afgerond", "Uw aanvraag is afgehandeld.", False, None)])
roltypen_of(z2, "voorziening", [("Aanvrager", "initiator"), ("Behandelaar", "behandelaar"), ("Consulent", "adviseur")])
ziots_of(z2, "voorziening", [(AANVRAAG, "inkomend", st2["Intake"]), (EMAIL, "uitgaand", None),
                             (BESLUITDOC, "uitgaand", st2["Besluit genomen"])])
eigenschap_of(z2, "voorziening", "einddatumVoorziening", "De datum waarop de voorziening eindigt", "datum", "8")
resultaattypen_of(z2, "voorziening", [
    ("Toegekend", "Toegekend", "8.1", brondatum("vervaldatum_besluit"), [bt_vz]),
    ("Toegekend tot einddatum", "Toegekend", "8.1.6", brondatum("eigenschap", None, "einddatumVoorziening"), [bt_vz]),
    ("Geweigerd", "Afgewezen", "8.2", brondatum("afgehandeld"), [bt_vz])])

out = sys.argv[2]
os.makedirs(out, exist_ok=True)
for name, objs in [("Catalogus", [catalogus]), ("InformatieObjectType", iots), ("BesluitType", besluittypen),
                   ("ZaakType", zaaktypen), ("StatusType", statustypen), ("ZaakTypeInformatieObjectType", ziots),
                   ("ResultaatType", resultaattypen), ("RolType", roltypen), ("Eigenschap", eigenschappen)]:
    with open(os.path.join(out, name + ".json"), "w") as f:
        json.dump(objs, f, indent=2, ensure_ascii=False); f.write("\n")
