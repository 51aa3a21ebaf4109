"""Show the active filters as a list the visitor can remove one by one."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext as _

from aanbod import keuzes
from aanbod.filters import MAX_ZOEKLENGTE, AanbodFilter


@dataclass
class ActiefFilter:
    label: str
    waarde: str
    weghalen_url: str
    zoekterm: bool = False


def querystring(params: QueryDict, *weglaten: str, zonder: tuple[str, str] | None = None) -> str:
    """``params`` as a query string, without the keys ``weglaten`` and without the one value
    ``zonder`` (key, value). The same text as ``QueryDict.urlencode`` of a changed copy,
    without that copy (``QueryDict.copy`` is a deep copy, made once per chip; bench/RESULTS.md)."""
    return urlencode(
        [
            (sleutel, waarde)
            for sleutel, waarden in params.lists()
            if sleutel not in weglaten
            for waarde in waarden
            if (sleutel, waarde) != zonder
        ]
    )


def _zonder(params: QueryDict, sleutel: str, waarde: str) -> str:
    return "?" + querystring(params, "page", zonder=(sleutel, waarde))


def actieve_filters(filterset: AanbodFilter) -> list[ActiefFilter]:
    """One entry per chosen value that the filters understood, with a link without it."""
    params, form = filterset.data, filterset.form
    gekozen = []
    for naam, veld in form.fields.items():
        if naam in form.errors:
            continue
        for waarde in params.getlist(naam):
            if not waarde:
                continue
            if naam == "q":
                tekst = waarde[:60]
            elif hasattr(veld, "choices"):
                tekst = str(keuzes.platte_lijst(veld.choices).get(waarde, waarde))
            else:
                tekst = _("ja")
            gekozen.append(
                ActiefFilter(str(veld.label), tekst, _zonder(params, naam, waarde), naam == "q")
            )
    return gekozen


def aantal_filters(actief: list[ActiefFilter]) -> int:
    """How many filters are chosen, the search words not counted ("Filters (n)")."""
    return sum(not f.zoekterm for f in actief)


def filtermeldingen(filterset: AanbodFilter) -> list[str]:
    """Plain messages for filter values we did not understand (they are left out)."""
    meldingen = []
    for naam in filterset.form.errors:
        veld = filterset.form.fields.get(naam)
        label = veld.label if veld else naam
        meldingen.append(
            _("Het filter ‘%(label)s’ begrepen we niet, dus dat laten we weg.") % {"label": label}
        )
    if len(filterset.data.get("q", "")) > MAX_ZOEKLENGTE:
        meldingen.append(_("Je zoekvraag was erg lang. We zoeken op de eerste woorden."))
    return meldingen
