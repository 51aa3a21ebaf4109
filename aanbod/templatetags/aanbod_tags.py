import re
from functools import lru_cache

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from aanbod.models import Aanbod
from aanbod.openingstijden import Openstatus, openstatus
from aanbod.zoektekst import normaliseer, zoekwoorden

register = template.Library()


@register.simple_tag
def openstatus_van(aanbod: Aanbod) -> Openstatus:
    """Open now or when next, over the offer's prefetched locations."""
    return openstatus(list(aanbod.aanbodlocaties.all()))


@register.filter
def wijken_van(aanbod: Aanbod) -> list[str]:
    """The distinct wijk names of the offer's (prefetched) locations."""
    namen = []
    for al in aanbod.aanbodlocaties.all():
        if al.locatie.wijk and al.locatie.wijk.naam not in namen:
            namen.append(al.locatie.wijk.naam)
    return namen


@register.filter
def telefoon_link(nummer: str) -> str:
    """A tel: link target: digits and a leading + only ('030 200 10 10' -> '+31302001010')."""
    cijfers = "".join(teken for teken in nummer if teken.isdigit() or teken == "+")
    if cijfers.startswith("0") and not cijfers.startswith("00"):
        return "+31" + cijfers[1:]
    return cijfers


WOORD = re.compile(r"([^\W_]+)")


@lru_cache(maxsize=20_000)
def _vorm(stuk: str) -> str:
    return normaliseer(stuk) if WOORD.fullmatch(stuk) else ""


@register.filter
def markeer(tekst: str, zoekterm: str) -> str:
    """Wrap the words of ``tekst`` that match the search in <mark>, escaping everything else."""
    woorden = [w for w in zoekwoorden(zoekterm or "") if len(w) >= 3]
    if not woorden or not tekst:
        return conditional_escape(tekst)
    delen = []
    for stuk in WOORD.split(str(tekst)):
        vorm = _vorm(stuk)
        if vorm and any(vorm.startswith(w) or (len(w) >= 4 and w in vorm) for w in woorden):
            delen.append(format_html("<mark>{}</mark>", stuk))
        else:
            delen.append(conditional_escape(stuk))
    return mark_safe("".join(delen))  # every part was escaped above
