"""The query parameters of the HSDS API.

A value we cannot read (an id that is not a UUID, a date that is no date, a page number below
1, a ``per_page`` above the maximum, a NUL byte) raises ``OngeldigeParameter`` with a plain
Dutch message, which the API returns as a 400. A well-formed id that we do not know simply
matches nothing. Filters combine as AND; ``search`` goes last, through the site's one search
entry point (``aanbod.zoeken.zoek``), so the API finds what the site finds, in the same order.
"""

import math
import uuid
from datetime import UTC, datetime, time

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from aanbod.models import Aanbod, AanbodLocatie, Doelgroep, Locatie, Thema, Wijk
from aanbod.zoeken import MAX_RESULTATEN, zoek
from opendata.taxonomie import KENMERKEN, TAXONOMIEEN, doelgroep_term, thema_term, wijk_term

MAX_ZOEKLENGTE = 200


class OngeldigeParameter(ValueError):
    def __init__(self, melding: str, parameter: str = ""):
        super().__init__(melding)
        self.parameter = parameter


def als_uuid(waarde: str | None) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(waarde).strip())
    except (ValueError, AttributeError):
        return None


def uuid_parameter(waarde: str | None, naam: str) -> uuid.UUID:
    """An id given by a client: a UUID, or a 400 that says so."""
    gelezen = als_uuid(waarde)
    if gelezen is None:
        raise OngeldigeParameter(
            _(
                "%(naam)s is geen geldig id. Een id is een UUID, "
                "bijvoorbeeld 3fa85f64-5717-4562-b3fc-2c963f66afa6."
            )
            % {"naam": naam},
            naam,
        )
    return gelezen


def geheel_getal(params, naam: str, standaard: int, maximum: int) -> int:
    """``page`` or ``per_page``: a whole number from 1 to ``maximum``, else a 400."""
    waarde = str(params.get(naam, "")).strip()
    if not waarde:
        return standaard
    try:
        getal = int(waarde)
    except ValueError:
        getal = None
    if getal is None or not 1 <= getal <= maximum:
        raise OngeldigeParameter(
            _("%(naam)s moet een heel getal van 1 tot en met %(maximum)s zijn.")
            % {"naam": naam, "maximum": maximum},
            naam,
        )
    return getal


def zonder_nul_bytes(params, *padwaarden: str) -> None:
    """A NUL byte cannot be searched or stored: a 400, before anything reaches the database."""
    teksten = [*padwaarden]
    for sleutel, waarden in params.lists():
        teksten += [sleutel, *waarden]
    if any("\x00" in tekst for tekst in teksten):
        raise OngeldigeParameter(
            _("De vraag bevat een NUL-teken (een nulbyte). Laat dat teken weg."), "NUL"
        )


def gewijzigd_na(waarde: str) -> datetime:
    tekst = waarde.strip().replace(" ", "+")
    try:
        moment = parse_datetime(tekst)
        if moment is None and (dag := parse_date(tekst)):
            moment = datetime.combine(dag, time.min)
    except ValueError:  # 2025-02-30, 2025-13-01
        moment = None
    if moment is not None:
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        try:
            moment = moment.astimezone(UTC)
        except OverflowError:
            # Year 1 at +05:00 or year 9999 at -05:00 lies outside what a datetime holds:
            # "since the beginning" (everything) or "since the end of time" (nothing).
            moment = (datetime.min if moment.year < 5000 else datetime.max).replace(tzinfo=UTC)
    if moment is None:
        raise OngeldigeParameter(
            _(
                "modified_after is geen datum. "
                "Gebruik bijvoorbeeld 2025-01-31 of 2025-01-31T09:00:00Z."
            ),
            "modified_after",
        )
    return moment


def _postcode(waarde: str) -> str:
    return "".join(waarde.split()).upper()[:6]


def openbare_aanbodlocaties(postcode: str = "", nabij: str = "") -> QuerySet | None:
    """Offer-at-locations at a postcode and/or near a point (``lat,lon,km``, or ``km`` from the
    postcode's centre). Confidential locations never match: that would give them away."""
    if not postcode and not nabij:
        return None
    rijen = list(
        Locatie.objects.filter(vertrouwelijk_adres=False).values_list(
            "pk", "lat", "lon", "postcode"
        )
    )
    punt = km = None
    if nabij:
        try:
            getallen = [float(d) for d in nabij.split(",")]
        except ValueError:
            getallen = []
        if not getallen or not all(math.isfinite(g) for g in getallen) or getallen[-1] < 0:
            getallen = []
        if len(getallen) == 3 and abs(getallen[0]) <= 90 and abs(getallen[1]) <= 180:
            punt, km = (getallen[0], getallen[1]), getallen[2]
        elif len(getallen) == 1 and postcode:
            km = getallen[0]
        else:
            raise OngeldigeParameter(
                _(
                    "proximity begrijpen we niet. Gebruik breedtegraad,lengtegraad,km, "
                    "bijvoorbeeld 52.09,5.12,1.5."
                ),
                "proximity",
            )
    if postcode:
        code = _postcode(postcode)
        met_code = [r for r in rijen if _postcode(r[3]).startswith(code)]
        if km is None:
            rijen = met_code
        elif punt is None:
            punten = [(lat, lon) for _pk, lat, lon, _pc in met_code if lat is not None]
            if not punten:
                return AanbodLocatie.objects.none()
            punt = (
                sum(p[0] for p in punten) / len(punten),
                sum(p[1] for p in punten) / len(punten),
            )
    if km is not None:
        rijen = [
            r
            for r in rijen
            if r[1] is not None and r[2] is not None and afstand_km(punt, (r[1], r[2])) <= km
        ]
    return AanbodLocatie.objects.filter(locatie__in=[r[0] for r in rijen])


def afstand_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def aanbod_filteren(qs: QuerySet, params) -> QuerySet:
    """services and service_at_locations: taxonomy, organisation, date, place, then search.

    Every filter narrows (AND). The search ranks among what the other filters left, as the
    site's search page does, and a list of services then comes in the order of relevance."""
    pad = "" if qs.model.__name__ == "Aanbod" else "aanbod__"
    if "taxonomy_term_id" in params:
        term = uuid_parameter(params.get("taxonomy_term_id"), "taxonomy_term_id")
        gekozen = Aanbod.objects.filter(_op_term(str(term)))
        qs = qs.filter(**{f"{pad}pk__in": gekozen.values("pk")})
    if "taxonomy_id" in params:
        taxonomie = uuid_parameter(params.get("taxonomy_id"), "taxonomy_id")
        gekozen = Aanbod.objects.filter(_op_taxonomie(str(taxonomie)))
        qs = qs.filter(**{f"{pad}pk__in": gekozen.values("pk")})
    if "organization_id" in params:
        org = uuid_parameter(params.get("organization_id"), "organization_id")
        qs = qs.filter(**{f"{pad}organisatie__hsds_id": org})
    if waarde := params.get("modified_after", "").strip():
        qs = qs.filter(**{f"{pad}gewijzigd__gte": gewijzigd_na(waarde)})
    plekken = openbare_aanbodlocaties(
        params.get("postcode", "").strip()[:20], params.get("proximity", "").strip()[:100]
    )
    if plekken is not None:
        if pad:
            qs = qs.filter(pk__in=plekken.values("pk"))
        else:
            qs = qs.filter(pk__in=plekken.values("aanbod"))
    if zoekterm := params.get("search", "").strip()[:MAX_ZOEKLENGTE]:
        if pad:
            gevonden = gezocht(
                Aanbod.objects.zichtbaar().filter(pk__in=qs.values("aanbod")), zoekterm
            )
            if gevonden is not None:
                qs = qs.filter(aanbod__in=gevonden)
        else:
            gevonden = gezocht(qs, zoekterm)
            if gevonden is not None:
                qs = qs.in_volgorde(gevonden)
    return qs


def gezocht(qs: QuerySet, zoekterm: str) -> list[int] | None:
    """The ids of the offers in ``qs`` the site's search finds for ``zoekterm``, best first
    (at most as many as the search page shows); None when the words are filler only
    ('ik weet het niet'): the site then lists everything, and so do we."""
    resultaat = zoek(qs.select_related(None).prefetch_related(None), zoekterm)
    if resultaat.vraag.leeg:
        return None
    return resultaat.ids[:MAX_RESULTATEN]


def _op_term(waarde: str, pad: str = "") -> Q:
    term_id = str(als_uuid(waarde) or "")
    for thema in Thema.objects.only("slug", "naam", "beschrijving"):
        if thema_term(thema).id == term_id:
            return Q(**{f"{pad}themas": thema})
    for doelgroep in Doelgroep.objects.only("slug", "naam"):
        if doelgroep_term(doelgroep).id == term_id:
            return Q(**{f"{pad}doelgroepen": doelgroep})
    for wijk in Wijk.objects.only("slug", "naam", "code"):
        if wijk_term(wijk).id == term_id:
            return Q(**{f"{pad}aanbodlocaties__locatie__wijk": wijk})
    for term in KENMERKEN:
        if term.id == term_id and term.code.split(".")[0] in {"soort", "kosten", "deelname"}:
            veld, waarde = term.code.split(".", 1)
            return Q(**{f"{pad}{veld}": waarde})
    return Q(pk__in=[])


def _op_taxonomie(waarde: str, pad: str = "") -> Q:
    taxonomie_id = str(als_uuid(waarde) or "")
    if taxonomie_id == TAXONOMIEEN["thema"].id:
        return Q(**{f"{pad}themas__isnull": False})
    if taxonomie_id == TAXONOMIEEN["doelgroep"].id:
        return Q(**{f"{pad}doelgroepen__isnull": False})
    if taxonomie_id == TAXONOMIEEN["wijk"].id:
        return Q(**{f"{pad}aanbodlocaties__locatie__wijk__isnull": False})
    if taxonomie_id == TAXONOMIEEN["kenmerk"].id:
        return Q()
    return Q(pk__in=[])
