"""Turning one HSDS value into one of our field values; a problem is a ``Afwijzing``."""

import re
import uuid
from datetime import date, time
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.dateparse import parse_date

DAG = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
ADRES = re.compile(r"^(?P<straat>.*\S)\s+(?P<nummer>\d\S*)$")
POSTCODE = re.compile(r"^(\d{4})\s?([A-Za-z]{2})$")


class Afwijzing(ValueError):
    """This row cannot be used: the message says why, in plain Dutch."""


def tekst(rij: dict, veld: str, max_lengte: int | None = None) -> str:
    waarde = rij.get(veld)
    waarde = "" if waarde is None else str(waarde).strip()
    return waarde[:max_lengte] if max_lengte else waarde


def hsds_uuid(rij: dict, veld: str = "id", verplicht: bool = True) -> uuid.UUID | None:
    waarde = tekst(rij, veld)
    if not waarde:
        if verplicht:
            raise Afwijzing(f"{veld} ontbreekt")
        return None
    try:
        return uuid.UUID(waarde)
    except ValueError:
        raise Afwijzing(f"{veld} '{waarde[:40]}' is geen geldige UUID") from None


def getal(rij: dict, veld: str) -> float | None:
    waarde = tekst(rij, veld)
    if not waarde:
        return None
    try:
        return float(waarde)
    except ValueError:
        raise Afwijzing(f"{veld} '{waarde[:20]}' is geen getal") from None


def datum(rij: dict, veld: str) -> date | None:
    waarde = tekst(rij, veld)[:10]
    if not waarde:
        return None
    try:
        gelezen = parse_date(waarde)
    except ValueError:
        gelezen = None
    if gelezen is None:
        raise Afwijzing(f"{veld} '{waarde}' is geen datum (JJJJ-MM-DD)")
    return gelezen


def tijd(rij: dict, veld: str) -> time | None:
    waarde = tekst(rij, veld)
    if not waarde:
        return None
    match = re.match(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?", waarde)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise Afwijzing(f"{veld} '{waarde[:20]}' is geen tijd (UU:MM)")
    return time(int(match[1]), int(match[2]))


def bedrag(rij: dict, veld: str) -> Decimal | None:
    waarde = tekst(rij, veld)
    if not waarde:
        return None
    try:
        uit = Decimal(waarde).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise Afwijzing(f"{veld} '{waarde[:20]}' is geen bedrag") from None
    if uit < 0 or uit >= 100000:
        raise Afwijzing(f"{veld} {waarde} ligt buiten 0 tot 100.000")
    return uit


def url_of_leeg(rij: dict, veld: str) -> tuple[str, str | None]:
    """The URL, or empty with a warning when it is not a valid web address."""
    waarde = tekst(rij, veld)
    if not waarde:
        return "", None
    try:
        URLValidator(schemes=["http", "https"])(waarde)
    except ValidationError:
        return "", f"{veld} '{waarde[:60]}' is geen geldig webadres en is weggelaten"
    return waarde[:200], None


def email_of_leeg(rij: dict, veld: str) -> tuple[str, str | None]:
    waarde = tekst(rij, veld)
    if not waarde:
        return "", None
    try:
        EmailValidator()(waarde)
    except ValidationError:
        return "", f"{veld} '{waarde[:60]}' is geen geldig e-mailadres en is weggelaten"
    return waarde[:254], None


def adres(regel: str) -> tuple[str, str]:
    """'Oudegracht 12a' -> ('Oudegracht', '12a')."""
    match = ADRES.match(regel.strip())
    if match:
        return match["straat"][:120], match["nummer"][:20]
    return regel.strip()[:120], ""


def postcode(waarde: str) -> tuple[str, str | None]:
    waarde = waarde.strip()
    if not waarde:
        return "", None
    if match := POSTCODE.match(waarde):
        return f"{match[1]} {match[2].upper()}", None
    if len(waarde) <= 7:
        return waarde, None
    return "", f"postcode '{waarde[:20]}' past niet en is weggelaten"


def dagen(byday: str, maandelijks: bool) -> list[tuple[int, int | None]]:
    """'TH,FR' -> [(3, None), (4, None)]; '1TU' -> [(1, 1)]; '-1FR' -> [(4, -1)]."""
    uit = []
    for deel in [d.strip().upper() for d in byday.split(",") if d.strip()]:
        match = re.match(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$", deel)
        if not match:
            raise Afwijzing(f"byday '{deel[:10]}' is geen dag (MO, TU, ... of 1MO)")
        week = int(match[1]) if match[1] else None
        if maandelijks and week not in (1, 2, 3, 4, -1):
            raise Afwijzing(f"byday '{deel}': kies week 1 tot en met 4 of -1 (de laatste)")
        if not maandelijks and week is not None:
            raise Afwijzing(f"byday '{deel}': een weeknummer hoort alleen bij freq MONTHLY")
        uit.append((DAG[match[2]], week))
    if not uit:
        raise Afwijzing("byday ontbreekt: op welke dag is het?")
    return uit
