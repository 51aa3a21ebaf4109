from django import template

from aanbod.models import Aanbod
from aanbod.openingstijden import Openstatus, openstatus

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
