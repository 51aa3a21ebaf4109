"""Read HSDS files into plain tables: 3.0 tabular (folder or .zip), 3.0 JSON, and 1.1 tabular.

Every format ends up as the same HSDS 3.0 tables (``{"services": [row, ...], ...}``); each row
remembers where it came from (``_bestand``, ``_regel``) so a problem can be reported there.
A file we cannot read at all raises ``ImportFout`` with a plain Dutch message.
"""

import csv
import hashlib
import io
import json
import uuid
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath

from opendata import velden as v

MAX_UITGEPAKT = 300 * 1024 * 1024  # a zip may not unpack to more than this
csv.field_size_limit(16 * 1024 * 1024)  # long descriptions are real; the default is 128 KB
# Resource and file names as publishers write them (HSDS 1.1, 2.0, 3.0; singular or plural),
# to the HSDS 3.0 table they become.
TABELNAMEN = {
    "organizations": ("organization", "organizations", "organisation", "organisations"),
    "services": ("service", "services"),
    "locations": ("location", "locations"),
    "service_at_location": (
        "service_at_location",
        "service_at_locations",
        "services_at_location",
        "services_at_locations",
    ),
    "addresses": ("address", "addresses", "physical_address", "physical_addresses"),
    "phones": ("phone", "phones"),
    "schedules": ("schedule", "schedules", "regular_schedule", "regular_schedules"),
    "holiday_schedules": ("holiday_schedule", "holiday_schedules"),
    "services_taxonomy": ("service_taxonomy", "services_taxonomy", "service_taxonomies"),
    "taxonomy_terms": ("taxonomy", "taxonomies", "taxonomy_term", "taxonomy_terms"),
    "attributes": ("attribute", "attributes"),
    "languages": ("language", "languages"),
    "contacts": ("contact", "contacts"),
    "cost_options": ("cost_option", "cost_options"),
    "accessibility": ("accessibility", "accessibility_for_disabilities"),
    "service_areas": ("service_area", "service_areas"),
}
TABEL_BIJ_NAAM = {naam: tabel for tabel, namen in TABELNAMEN.items() for naam in namen}
KENMERKEN_11 = {"service_at_locations", "services_at_location", "regular_schedules"}
VERPLICHTE_KOLOMMEN = {
    "organizations": ("name",),
    "services": ("name",),
    "service_at_location": ("service_id", "location_id"),
}
# What publishers write for "no value" besides an empty cell.
LEEG = {"null", "none", "n/a", "nvt"}


class ImportFout(Exception):
    """The file as a whole cannot be used; nothing is imported."""


class Tabellen(defaultdict):
    def __init__(self, formaat: str = ""):
        super().__init__(list)
        self.formaat = formaat
        self.sleutel = ""  # what the package calls itself (datapackage.json "name")
        self.oorspronkelijk: dict[str, str] = {}  # our UUID -> the id as published
        self.namespace: uuid.UUID = uuid.NAMESPACE_URL


def limieten_controleren(pad: Path, naam: str) -> None:
    """Refuse, before anything is parsed, a zip that unpacks to more than
    IMPORT_MAX_UITGEPAKT bytes or holds more than IMPORT_MAX_RIJEN lines (a small zip of
    8 MB of tiny rows took 1 GB of a worker's memory). Counts lines while streaming, so
    the check itself needs little memory."""
    from django.conf import settings

    if not pad.is_file() or not zipfile.is_zipfile(pad):
        return
    max_uitgepakt, max_rijen = settings.IMPORT_MAX_UITGEPAKT, settings.IMPORT_MAX_RIJEN
    try:
        with zipfile.ZipFile(pad) as zf:
            if sum(info.file_size for info in zf.infolist()) > max_uitgepakt:
                raise ImportFout(
                    f"{naam}: dit zip-bestand is uitgepakt te groot (meer dan "
                    f"{max_uitgepakt // (1024 * 1024)} MB). Splits het in kleinere bestanden."
                )
            regels = gelezen = 0
            for info in zf.infolist():
                with zf.open(info) as bestand:
                    while stuk := bestand.read(1024 * 1024):
                        gelezen += len(stuk)
                        regels += stuk.count(b"\n")
                        # file_size in the zip can lie; what is read cannot.
                        if gelezen > max_uitgepakt:
                            raise ImportFout(f"{naam}: dit zip-bestand is uitgepakt te groot.")
                        if regels > max_rijen:
                            raise ImportFout(
                                f"{naam}: dit bestand heeft meer dan {max_rijen} regels. "
                                "Splits het in kleinere bestanden."
                            )
    except (zipfile.BadZipFile, OSError, EOFError) as fout:
        raise ImportFout(f"{naam}: dit zip-bestand is kapot ({fout}).") from fout


def lees(pad: Path, naam: str | None = None, bron: str | None = None) -> Tabellen:
    """Whatever HSDS file ``pad`` is, as HSDS 3.0 tables, every row with a stable UUID.

    ``bron`` names the source (its ids are unique within it); without it, the package's own
    name, else the file name."""
    pad = Path(pad)
    naam = naam or pad.name
    tabellen = _lees_binnen_de_grenzen(pad, naam)
    ids_vastleggen(tabellen, bron or tabellen.sleutel or Path(naam).stem)
    return tabellen


def _lees_binnen_de_grenzen(pad: Path, naam: str) -> Tabellen:
    """Refuse what a worker cannot read in time (limieten_controleren) and JSON nested too
    deep, each with one sentence; then read."""
    if not pad.exists():
        raise ImportFout(f"{naam}: dit bestand of deze map bestaat niet.")
    limieten_controleren(pad, naam)
    try:
        return _lees(pad, naam)
    except RecursionError as fout:
        # A JSON nested 200,000 deep: the parser gives up; the user gets a plain message.
        raise ImportFout(
            f"{naam}: deze JSON is te diep genest om te lezen. Een HSDS-bestand is niet "
            "zo opgebouwd."
        ) from fout


def _lees(pad: Path, naam: str) -> Tabellen:
    if pad.is_dir():
        return _lees_pakket(_MapBron(pad), naam)
    if zipfile.is_zipfile(pad):
        try:
            with zipfile.ZipFile(pad) as zf:
                return _lees_pakket(_ZipBron(zf), naam)
        except (zipfile.BadZipFile, OSError) as fout:
            raise ImportFout(f"{naam}: dit zip-bestand is kapot ({fout}).") from fout
    if pad.name == "datapackage.json":
        return _lees_pakket(_MapBron(pad.parent), naam)
    try:
        data = json.loads(_tekst(pad.read_bytes()))
    except json.JSONDecodeError as fout:
        raise ImportFout(
            f"{naam}: dit is geen zip-bestand en geen geldige JSON "
            f"(regel {fout.lineno}: {fout.msg})."
        ) from fout
    return lees_json(data, naam)


def _tekst(inhoud: bytes) -> str:
    """UTF-8 (with or without byte-order mark), else Windows-1252, else Latin-1."""
    for codering in ("utf-8-sig", "cp1252"):
        try:
            return inhoud.decode(codering)
        except UnicodeDecodeError:
            continue
    return inhoud.decode("latin-1")


class _MapBron:
    def __init__(self, map_: Path):
        self.map = map_

    def namen(self) -> list[str]:
        return sorted(
            p.relative_to(self.map).as_posix()
            for p in self.map.rglob("*")
            if p.is_file() and not any(d.startswith(".") for d in p.relative_to(self.map).parts)
        )

    def lees(self, naam: str) -> bytes:
        return (self.map / naam).read_bytes()


class _ZipBron:
    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        if sum(info.file_size for info in zf.infolist()) > MAX_UITGEPAKT:
            raise ImportFout("Dit zip-bestand is uitgepakt te groot (meer dan 300 MB).")

    def namen(self) -> list[str]:
        return [
            n for n in self.zf.namelist() if not n.endswith("/") and not n.startswith("__MACOSX/")
        ]

    def lees(self, naam: str) -> bytes:
        return self.zf.read(naam)


def _tabelnaam(naam: str) -> str | None:
    sleutel = PurePosixPath(naam.lower()).name.removesuffix(".csv")
    return TABEL_BIJ_NAAM.get(sleutel.replace("-", "_").replace(" ", "_"))


def _bestanden(bron, namen: list[str], pakket: dict, basis: PurePosixPath) -> dict[str, str]:
    """Table -> file in the package: by the paths and names in datapackage.json, then any CSV
    with a table's name anywhere in the package (published paths are often wrong)."""
    per_bestandsnaam: dict[str, list[str]] = defaultdict(list)
    for n in namen:
        per_bestandsnaam[PurePosixPath(n).name.lower()].append(n)
    gevonden: dict[str, str] = {}
    bronnen = pakket.get("resources") if isinstance(pakket.get("resources"), list) else []
    for resource in [r for r in bronnen if isinstance(r, dict)]:
        pad = resource.get("path")
        pad = pad[0] if isinstance(pad, list) and pad else pad
        pad = pad if isinstance(pad, str) else ""
        tabel = _tabelnaam(str(resource.get("name", ""))) or _tabelnaam(pad)
        if not tabel or tabel in gevonden:
            continue
        kandidaat = str(basis / pad.lstrip("./")) if pad else ""
        if kandidaat.startswith("./"):
            kandidaat = kandidaat[2:]
        if kandidaat in namen:
            gevonden[tabel] = kandidaat
        elif pad and (zelfde := per_bestandsnaam.get(PurePosixPath(pad).name.lower())):
            gevonden[tabel] = min(zelfde, key=len)
    for n in sorted(namen, key=len):
        if n.lower().endswith(".csv") and (tabel := _tabelnaam(n)) and tabel not in gevonden:
            gevonden[tabel] = n
    return gevonden


def _lees_pakket(bron, naam: str) -> Tabellen:
    namen = bron.namen()
    pakketten = [n for n in namen if PurePosixPath(n).name.lower() == "datapackage.json"]
    pakket, basis = {}, PurePosixPath("")
    if pakketten:
        pakket_pad = min(pakketten, key=len)
        basis = PurePosixPath(pakket_pad).parent
        try:
            pakket = json.loads(_tekst(bron.lees(pakket_pad)))
        except json.JSONDecodeError as fout:
            raise ImportFout(f"{naam}: datapackage.json is geen geldige JSON.") from fout
        pakket = pakket if isinstance(pakket, dict) else {}
    bestanden = _bestanden(bron, namen, pakket, basis)
    if "services" not in bestanden:
        raise ImportFout(
            f"{naam}: hierin staat geen tabel met diensten (services.csv). Een HSDS-pakket "
            "heeft een datapackage.json met CSV-bestanden, waaronder services.csv."
        )
    is_11 = any(
        PurePosixPath(b).name.lower().removesuffix(".csv") in KENMERKEN_11
        for b in bestanden.values()
    ) or "physical_addresses.csv" in {PurePosixPath(b).name.lower() for b in bestanden.values()}
    versie = str(pakket.get("version") or "")
    tabellen = Tabellen(
        "HSDS 1.1 (tabellen)"
        if is_11
        else ("HSDS 2.0 (tabellen)" if versie.startswith("2") else "HSDS 3.0 (tabellen)")
    )
    tabellen.sleutel = str(pakket.get("name") or "")
    for tabel, bestand in bestanden.items():
        tabellen[tabel] = _lees_csv(bron.lees(bestand), bestand, tabel)
    _gelijktrekken(tabellen)
    return tabellen


def _lees_csv(inhoud: bytes, bestand: str, tabel: str) -> list[dict]:
    tekst = _tekst(inhoud)
    eerste_regel = tekst.split("\n", 1)[0]
    # Dutch spreadsheet exports separate with semicolons; a few publishers use tabs.
    scheiding = max(",;\t", key=eerste_regel.count)
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    try:
        kop = [k.strip().strip("\ufeff").strip('"').lower() for k in next(lezer, [])]
        for kolom in VERPLICHTE_KOLOMMEN.get(tabel, ()):
            if kolom not in kop:
                raise ImportFout(f"{bestand}: de kolom '{kolom}' ontbreekt.")
        rijen, begin = [], lezer.line_num + 1
        for waarden in lezer:
            if any(w.strip() for w in waarden):
                rij = {
                    k: ("" if w.strip().lower() in LEEG else w.strip())
                    for k, w in zip(kop, waarden, strict=False)
                    if k
                }
                rij["_bestand"], rij["_regel"] = bestand, begin
                rijen.append(rij)
            begin = lezer.line_num + 1
    except csv.Error as fout:
        raise ImportFout(
            f"{bestand}, regel {lezer.line_num}: dit is geen geldige CSV ({fout})."
        ) from fout
    return rijen


def _gelijktrekken(t: Tabellen) -> None:
    """HSDS 1.1 and 2.0 tables (and publishers' habits) into the HSDS 3.0 shape."""
    for org in t["organizations"]:
        if not org.get("website"):
            org["website"] = org.get("url", "")
    for rij in t["schedules"]:
        if rij.get("byday") or not rij.get("weekday"):
            continue
        rij["freq"] = rij.get("freq") or "WEEKLY"
        rij["byday"] = v.byday_van(rij["weekday"])
        try:
            v.dagen(rij["byday"], False)
        except v.Afwijzing:
            rij["_fout"] = f"weekday '{rij['weekday'][:20]}' is geen dag (1 of Monday = maandag)"
    for rij in t.pop("holiday_schedules", []):
        if str(rij.get("closed", "")).lower() in {"true", "1", "yes", "y", "t"}:
            t["schedules"].append(
                {
                    **rij,
                    "id": "",
                    "valid_from": rij.get("start_date"),
                    "valid_to": rij.get("end_date"),
                    "_sluiting": True,
                }
            )
    for rij in t.pop("services_taxonomy", []):
        t["attributes"].append(
            {
                "id": rij.get("id", ""),
                "link_id": rij.get("service_id"),
                "link_entity": "service",
                "taxonomy_term_id": rij.get("taxonomy_id") or rij.get("taxonomy_term_id"),
                "_bestand": rij["_bestand"],
                "_regel": rij["_regel"],
            }
        )
    for rij in t["languages"]:
        if not rij.get("name"):
            rij["name"] = rij.get("language", "")
    for rij in t["accessibility"]:
        if not rij.get("description"):
            rij["description"] = rij.get("accessibility", "")


# Which table each reference points at; link_id depends on link_entity.
DOEL = {
    "organization_id": "organizations",
    "service_id": "services",
    "location_id": "locations",
    "service_at_location_id": "service_at_location",
    "taxonomy_term_id": "taxonomy_terms",
    "parent_id": "taxonomy_terms",
}
LINK_DOEL = {
    "service": "services",
    "organization": "organizations",
    "location": "locations",
    "service_at_location": "service_at_location",
    "schedule": "schedules",
}
INHOUD_GENEGEERD = {"id", "_bestand", "_regel"}


def bron_namespace(sleutel: str) -> uuid.UUID:
    """The namespace of one source: its non-UUID ids become UUIDv5 names in it."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"urn:wijkportaal:hsds-bron:{sleutel.strip().lower()}")


def ids_vastleggen(t: Tabellen, sleutel: str) -> None:
    """Give every row a UUID that stays the same from one import of this source to the next.

    A UUID stays as it is. Any other id (a number, a slug) becomes UUIDv5(source, table:id),
    and every reference to it the same, so a second import finds the same records; the
    published id is kept in ``_oorspronkelijk_id``. A row without an id gets one from its
    content and how many identical rows came before it.
    """
    ns = t.namespace = bron_namespace(sleutel)

    klaar: dict[tuple[str, str], str] = {}  # the same id is referred to many times

    def omzetten(waarde: str, tabel: str) -> str:
        if (sleutel := (waarde, tabel)) in klaar:
            return klaar[sleutel]
        try:
            eigen = str(uuid.UUID(waarde))
        except ValueError:
            eigen = str(uuid.uuid5(ns, f"{tabel}:{waarde}"))
            t.oorspronkelijk[eigen] = waarde
        klaar[sleutel] = eigen
        return eigen

    for tabel, rijen in list(t.items()):
        gezien: dict[str, int] = defaultdict(int)
        for rij in rijen:
            for veld, doel in DOEL.items():
                if waarde := v.tekst(rij, veld):
                    rij[veld] = omzetten(waarde, doel)
            if (waarde := v.tekst(rij, "link_id")) and (
                doel := LINK_DOEL.get(v.tekst(rij, "link_entity").lower())
            ):
                rij["link_id"] = omzetten(waarde, doel)
            if waarde := v.tekst(rij, "id"):
                rij["id"] = omzetten(waarde, tabel)
                if rij["id"] != waarde.lower() and rij["id"] != waarde:
                    rij["_oorspronkelijk_id"] = waarde
                continue
            inhoud = "\x1f".join(f"{k}={rij[k]}" for k in sorted(rij) if k not in INHOUD_GENEGEERD)
            vingerafdruk = hashlib.sha1(inhoud.encode(), usedforsecurity=False).hexdigest()
            volgnummer = gezien[vingerafdruk]
            gezien[vingerafdruk] += 1
            rij["id"] = str(uuid.uuid5(ns, f"{tabel}:#{vingerafdruk}:{volgnummer}"))
            rij["_id_afgeleid"] = True


def lees_json(data, naam: str) -> Tabellen:
    """HSDS 3.0 JSON: one service, a list of services, or a page (``contents``)."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, voorvoegsel = data["contents"], "contents"
    elif isinstance(data, list):
        items, voorvoegsel = data, ""
    elif isinstance(data, dict) and "id" in data and "name" in data:
        items, voorvoegsel = [data], None
    else:
        raise ImportFout(f"{naam}: dit JSON-bestand is geen HSDS 3.0-service, -lijst of -pagina.")
    t = Tabellen("HSDS 3.0 (JSON)")
    for i, service in enumerate(items):
        plek = "/" if voorvoegsel is None else f"{voorvoegsel}[{i}]"
        if not isinstance(service, dict):
            t["services"].append({"_bestand": naam, "_regel": plek, "_fout": "geen object"})
            continue
        _service_plat(t, service, naam, plek)
    return t


def _inhoud_id(obj: dict) -> str:
    """An id for a JSON object that has none: the same content gives the same id."""
    inhoud = json.dumps(obj, sort_keys=True, default=str)
    return "#" + hashlib.sha1(inhoud.encode(), usedforsecurity=False).hexdigest()


def _scalair(obj: dict) -> dict:
    return {k: ("" if v is None else v) for k, v in obj.items() if not isinstance(v, dict | list)}


def _rij(obj: dict, naam: str, plek: str, **standaard) -> dict:
    rij = {**standaard, **{k: v for k, v in _scalair(obj).items() if v != ""}}
    rij["_bestand"], rij["_regel"] = naam, plek
    return rij


def _lijst(obj: dict, sleutel: str) -> list:
    waarde = obj.get(sleutel)
    return [x for x in waarde if isinstance(x, dict)] if isinstance(waarde, list) else []


def _attributen(t, obj, link_id, entiteit, naam, plek):
    for j, attr in enumerate(_lijst(obj, "attributes")):
        p = f"{plek}.attributes[{j}]"
        t["attributes"].append(_rij(attr, naam, p, link_id=link_id, link_entity=entiteit))
        if isinstance(attr.get("taxonomy_term"), dict):
            t["taxonomy_terms"].append(_rij(attr["taxonomy_term"], naam, p + ".taxonomy_term"))


def _service_plat(t: Tabellen, s: dict, naam: str, plek: str) -> None:
    s_id = v.tekst(s, "id") or _inhoud_id(s)
    org = s.get("organization")
    if isinstance(org, dict) and org.get("id"):
        t["organizations"].append(_rij(org, naam, f"{plek}.organization"))
    rij = _rij(s, naam, plek)
    rij["id"] = s_id
    if not rij.get("organization_id") and isinstance(org, dict):
        rij["organization_id"] = org.get("id", "")
    t["services"].append(rij)
    for tabel in ("phones", "contacts", "languages", "cost_options"):
        for j, item in enumerate(_lijst(s, tabel)):
            t[tabel].append(_rij(item, naam, f"{plek}.{tabel}[{j}]", service_id=s_id))
    for j, sched in enumerate(_lijst(s, "schedules")):
        p = f"{plek}.schedules[{j}]"
        t["schedules"].append(_rij(sched, naam, p, service_id=s_id))
        _attributen(t, sched, sched.get("id"), "schedule", naam, p)
    _attributen(t, s, s_id, "service", naam, plek)
    for j, sal in enumerate(_lijst(s, "service_at_locations")):
        p = f"{plek}.service_at_locations[{j}]"
        loc = sal.get("location") if isinstance(sal.get("location"), dict) else {}
        if loc and not v.tekst(loc, "id"):
            loc = {**loc, "id": _inhoud_id(loc)}
        if not v.tekst(sal, "id"):
            sal = {**sal, "id": _inhoud_id({"s": s_id, **sal})}
        t["service_at_location"].append(
            _rij(sal, naam, p, service_id=s_id, location_id=loc.get("id", ""))
        )
        if loc:
            lp = f"{p}.location"
            t["locations"].append(_rij(loc, naam, lp))
            for tabel in ("addresses", "accessibility"):
                for k, item in enumerate(_lijst(loc, tabel)):
                    t[tabel].append(_rij(item, naam, f"{lp}.{tabel}[{k}]", location_id=loc["id"]))
            _attributen(t, loc, loc.get("id"), "location", naam, lp)
        for k, sched in enumerate(_lijst(sal, "schedules")):
            sp = f"{p}.schedules[{k}]"
            t["schedules"].append(
                _rij(
                    sched,
                    naam,
                    sp,
                    service_id=s_id,
                    service_at_location_id=sal.get("id", ""),
                    location_id=loc.get("id", ""),
                )
            )
            _attributen(t, sched, sched.get("id"), "schedule", naam, sp)
        for k, item in enumerate(_lijst(sal, "phones")):
            t["phones"].append(
                _rij(item, naam, f"{p}.phones[{k}]", service_at_location_id=sal.get("id", ""))
            )
