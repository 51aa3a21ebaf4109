"""Read HSDS files into plain tables: 3.0 tabular (folder or .zip), 3.0 JSON, and 1.1 tabular.

Every format ends up as the same HSDS 3.0 tables (``{"services": [row, ...], ...}``); each row
remembers where it came from (``_bestand``, ``_regel``) so a problem can be reported there.
A file we cannot read at all raises ``ImportFout`` with a plain Dutch message.
"""

import csv
import io
import json
import zipfile
from collections import defaultdict
from pathlib import Path, PurePosixPath

MAX_UITGEPAKT = 300 * 1024 * 1024  # a zip may not unpack to more than this
TABELLEN_3 = {
    "organizations.csv": "organizations",
    "services.csv": "services",
    "locations.csv": "locations",
    "service_at_location.csv": "service_at_location",
    "addresses.csv": "addresses",
    "phones.csv": "phones",
    "schedules.csv": "schedules",
    "attributes.csv": "attributes",
    "taxonomy_terms.csv": "taxonomy_terms",
    "languages.csv": "languages",
    "contacts.csv": "contacts",
    "cost_options.csv": "cost_options",
    "accessibility.csv": "accessibility",
    "service_areas.csv": "service_areas",
}
TABELLEN_11 = {
    "organizations.csv": "organizations",
    "services.csv": "services",
    "locations.csv": "locations",
    "services_at_location.csv": "service_at_location",
    "physical_addresses.csv": "addresses",
    "phones.csv": "phones",
    "regular_schedules.csv": "schedules",
    "holiday_schedules.csv": "holiday_schedules",
    "services_taxonomy.csv": "services_taxonomy",
    "taxonomy.csv": "taxonomy_terms",
    "languages.csv": "languages",
    "contacts.csv": "contacts",
}
VERPLICHTE_KOLOMMEN = {
    "organizations": ("id", "name"),
    "services": ("id", "name"),
    "locations": ("id",),
    "service_at_location": ("id", "service_id", "location_id"),
}
DAGEN_11 = {"1": "MO", "2": "TU", "3": "WE", "4": "TH", "5": "FR", "6": "SA", "7": "SU"}


class ImportFout(Exception):
    """The file as a whole cannot be used; nothing is imported."""


class Tabellen(defaultdict):
    def __init__(self, formaat: str = ""):
        super().__init__(list)
        self.formaat = formaat


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


def lees(pad: Path, naam: str | None = None) -> Tabellen:
    """Whatever HSDS file ``pad`` is, as HSDS 3.0 tables."""
    pad = Path(pad)
    naam = naam or pad.name
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
        data = json.loads(pad.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as fout:
        raise ImportFout(f"{naam}: dit is geen tekstbestand in UTF-8.") from fout
    except json.JSONDecodeError as fout:
        raise ImportFout(
            f"{naam}: dit is geen zip-bestand en geen geldige JSON "
            f"(regel {fout.lineno}: {fout.msg})."
        ) from fout
    return lees_json(data, naam)


class _MapBron:
    def __init__(self, map_: Path):
        self.map = map_

    def namen(self) -> list[str]:
        return [p.name for p in self.map.iterdir() if p.is_file()]

    def lees(self, naam: str) -> bytes:
        return (self.map / naam).read_bytes()


class _ZipBron:
    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        if sum(info.file_size for info in zf.infolist()) > MAX_UITGEPAKT:
            raise ImportFout("Dit zip-bestand is uitgepakt te groot (meer dan 300 MB).")
        pakketten = [n for n in zf.namelist() if PurePosixPath(n).name == "datapackage.json"]
        self.map = str(PurePosixPath(min(pakketten, key=len)).parent) if pakketten else ""
        self.map = "" if self.map == "." else self.map

    def namen(self) -> list[str]:
        uit = []
        for naam in self.zf.namelist():
            pad = PurePosixPath(naam)
            if str(pad.parent if str(pad.parent) != "." else "") == self.map:
                uit.append(pad.name)
        return uit

    def lees(self, naam: str) -> bytes:
        return self.zf.read(f"{self.map}/{naam}" if self.map else naam)


def _lees_pakket(bron, naam: str) -> Tabellen:
    namen = set(bron.namen())
    if "datapackage.json" not in namen:
        raise ImportFout(
            f"{naam}: hierin staat geen datapackage.json. Een HSDS-pakket heeft een "
            "datapackage.json met CSV-bestanden ernaast."
        )
    try:
        json.loads(bron.lees("datapackage.json").decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as fout:
        raise ImportFout(f"{naam}: datapackage.json is geen geldige JSON.") from fout
    is_11 = bool(namen & {"services_at_location.csv", "regular_schedules.csv"})
    kaart = TABELLEN_11 if is_11 else TABELLEN_3
    tabellen = Tabellen("HSDS 1.1 (tabellen)" if is_11 else "HSDS 3.0 (tabellen)")
    if "services.csv" not in namen:
        raise ImportFout(f"{naam}: services.csv ontbreekt.")
    for bestand, tabel in kaart.items():
        if bestand in namen:
            tabellen[tabel] = _lees_csv(bron.lees(bestand), bestand, tabel)
    if is_11:
        _van_11(tabellen)
    return tabellen


def _lees_csv(inhoud: bytes, bestand: str, tabel: str) -> list[dict]:
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        raise ImportFout(f"{bestand}: dit bestand is niet in UTF-8 opgeslagen.") from fout
    lezer = csv.reader(io.StringIO(tekst, newline=""))
    try:
        kop = [k.strip().lower() for k in next(lezer, [])]
        for kolom in VERPLICHTE_KOLOMMEN.get(tabel, ()):
            if kolom not in kop:
                raise ImportFout(f"{bestand}: de kolom '{kolom}' ontbreekt.")
        rijen, begin = [], lezer.line_num + 1
        for waarden in lezer:
            if any(w.strip() for w in waarden):
                rij = {k: w.strip() for k, w in zip(kop, waarden, strict=False)}
                rij["_bestand"], rij["_regel"] = bestand, begin
                rijen.append(rij)
            begin = lezer.line_num + 1
    except csv.Error as fout:
        raise ImportFout(
            f"{bestand}, regel {lezer.line_num}: dit is geen geldige CSV ({fout})."
        ) from fout
    return rijen


def _van_11(t: Tabellen) -> None:
    """HSDS 1.1 tables into their 3.0 shape."""
    for org in t["organizations"]:
        org.setdefault("website", org.get("url", ""))
    for rij in t["schedules"]:
        rij["freq"] = "WEEKLY"
        rij["byday"] = DAGEN_11.get(str(rij.get("weekday", "")).strip(), "")
        if not rij["byday"]:
            rij["_fout"] = f"weekday '{rij.get('weekday', '')}' is geen dag (1 = maandag)"
    for rij in t.pop("holiday_schedules", []):
        if str(rij.get("closed", "")).lower() in {"true", "1", "yes"}:
            t["schedules"].append(
                {
                    **rij,
                    "valid_from": rij.get("start_date"),
                    "valid_to": rij.get("end_date"),
                    "_sluiting": True,
                }
            )
    for rij in t.pop("services_taxonomy", []):
        t["attributes"].append(
            {
                "id": rij.get("id"),
                "link_id": rij.get("service_id"),
                "link_entity": "service",
                "taxonomy_term_id": rij.get("taxonomy_id"),
                "_bestand": rij["_bestand"],
                "_regel": rij["_regel"],
            }
        )
    for rij in t["languages"]:
        rij.setdefault("name", rij.get("language", ""))


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
    s_id = s.get("id", "")
    org = s.get("organization")
    if isinstance(org, dict) and org.get("id"):
        t["organizations"].append(_rij(org, naam, f"{plek}.organization"))
    rij = _rij(s, naam, plek)
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
