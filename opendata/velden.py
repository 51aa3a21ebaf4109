"""Turning one HSDS value into one of our field values; a problem is a ``Afwijzing``."""

import re
import uuid
from datetime import date, time
from decimal import Decimal, InvalidOperation

import phonenumbers
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
    if waarde.count(",") == 1 and "." not in waarde:
        waarde = waarde.replace(",", ".")  # 52,0907 as a Dutch spreadsheet writes it
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


TIJD = re.compile(
    r"^(?P<uur>\d{1,2})(?:[:.h]?(?P<min>\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*"
    r"(?P<ampm>[ap]\.?\s*m\.?)?\s*(?:uur)?\s*(?:z|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
TIJDWOORDEN = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}


def tijd(rij: dict, veld: str) -> time | None:
    """'09:00', '9:00am', '0900', '9.00', '09:00:00', '9 pm', '17:00Z' -> a time of day."""
    waarde = tekst(rij, veld)
    if not waarde:
        return None
    waarde = TIJDWOORDEN.get(waarde.lower(), waarde)
    match = TIJD.match(waarde)
    if not match or (match["min"] is None and not match["ampm"] and len(match["uur"]) > 2):
        match = None
    if match and match["min"] is None and len(match["uur"]) <= 2 and not match["ampm"]:
        # a bare '9' is too unclear to read as a time
        match = None
    if match is None and re.fullmatch(r"\d{3,4}", waarde):
        match = TIJD.match(f"{waarde[:-2]}:{waarde[-2:]}")
    if not match:
        raise Afwijzing(f"{veld} '{waarde[:20]}' is geen tijd (UU:MM)")
    uur, minuut = int(match["uur"]), int(match["min"] or 0)
    if match["ampm"]:
        if not 1 <= uur <= 12:
            raise Afwijzing(f"{veld} '{waarde[:20]}' is geen tijd (UU:MM)")
        uur = uur % 12 + (12 if match["ampm"][0].lower() == "p" else 0)
    if uur == 24 and minuut == 0:
        return time(23, 59)
    if uur > 23 or minuut > 59:
        raise Afwijzing(f"{veld} '{waarde[:20]}' is geen tijd (UU:MM)")
    return time(uur, minuut)


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
    if re.match(r"^www\.[^\s/]+\.[a-z]{2,}", waarde, re.IGNORECASE):
        waarde = f"https://{waarde}"  # 'www.buurthuis.nl' as people write it
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


DAGNAMEN = {
    **{code.lower(): code for code in DAG},
    **{
        naam: code
        for code, namen in {
            "MO": ("monday", "mon", "maandag", "ma"),
            "TU": ("tuesday", "tue", "tues", "dinsdag", "di"),
            "WE": ("wednesday", "wed", "woensdag", "wo"),
            "TH": ("thursday", "thu", "thur", "thurs", "donderdag", "do"),
            "FR": ("friday", "fri", "vrijdag", "vr"),
            "SA": ("saturday", "sat", "zaterdag", "za"),
            "SU": ("sunday", "sun", "zondag", "zo"),
        }.items()
        for naam in namen
    },
    # HSDS 1.1 numbers the days from Monday (1) to Sunday (7); some publishers count Sunday as 0.
    **dict(zip("1234567", DAG, strict=True)),
    "0": "SU",
}
VOLGORDE = list(DAG)


def dagcode(waarde: str) -> str | None:
    """'Monday', 'mon', 'Mon.', 'MO', '1', 'maandag' -> 'MO'; None when it is not a day."""
    return DAGNAMEN.get(waarde.strip().strip(".").lower())


def byday_van(waarde: str) -> str:
    """Weekdays as people write them ('Mon-Fri', 'Monday, Wednesday', '1;3') as 'MO,TU,...'.

    A part that is no day stays as it is, so ``dagen`` can name it in its refusal."""
    uit = []
    for deel in re.split(r"[,;/&]|\s+and\s+|\s+en\s+", waarde):
        deel = deel.strip()
        if not deel:
            continue
        van_tot = re.split(r"\s*(?:-|–|\bto\b|\btot\b|\bt/m\b)\s*", deel)
        if len(van_tot) == 2 and all(dagcode(d) for d in van_tot):
            a, b = (VOLGORDE.index(dagcode(d)) for d in van_tot)
            uit += [VOLGORDE[(a + i) % 7] for i in range((b - a) % 7 + 1)]
        else:
            uit.append(dagcode(deel) or deel)
    return ",".join(uit)


def dagen(byday: str, maandelijks: bool) -> list[tuple[int, int | None]]:
    """'TH,FR' -> [(3, None), (4, None)]; '1TU' -> [(1, 1)]; '-1FR' -> [(4, -1)].

    Day names, abbreviations and numbers are read too ('Thursday', 'Thu', '4')."""
    uit = []
    for deel in [d.strip().upper() for d in byday_van(byday).split(",") if d.strip()]:
        match = re.match(r"^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$", deel)
        if not match:
            raise Afwijzing(f"byday '{deel[:10]}' is geen dag (MO, TU, ... of 1MO)")
        week = int(match[1]) if match[1] else None
        if maandelijks and week not in (1, 2, 3, 4, -1):
            raise Afwijzing(f"byday '{deel}': kies week 1 tot en met 4 of -1 (de laatste)")
        if not maandelijks and week is not None:
            raise Afwijzing(f"byday '{deel}': een weeknummer hoort alleen bij freq MONTHLY")
        if (DAG[match[2]], week) not in uit:
            uit.append((DAG[match[2]], week))
    if not uit:
        raise Afwijzing("byday ontbreekt: op welke dag is het?")
    return uit


def telefoon(waarde: str) -> str:
    """The phone number in a published text ('Tel: 030-1234567 (ma-vr)', '+31301234567',
    '0031 30 123 4567'). A number written with spaces or dashes stays as written; one written
    as a single run of digits is written the Dutch way ('030 123 4567'). Text we cannot read
    as a number is kept as published (shortened), so nothing a resident needs is lost."""
    waarde = " ".join(waarde.replace('"', " ").split())
    if not waarde:
        return ""
    gevonden = next(iter(phonenumbers.PhoneNumberMatcher(waarde, "NL", leniency=0)), None)
    if gevonden is None:
        return waarde[:40]
    ruw, nummer = gevonden.raw_string.strip(), gevonden.number
    if re.search(r"\d[\s-]\d", ruw) and not ruw.startswith("00"):
        return ruw[:40]
    formaat = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if nummer.country_code == 31
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    uit = phonenumbers.format_number(nummer, formaat)
    return uit.replace(" ext. ", " toestel ")[:40]
