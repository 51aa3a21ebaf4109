from django import template

from aanbod import blokken, themaiconen

register = template.Library()


@register.simple_tag
def aanbodblokken(aanbiedingen, markeren=()) -> str:
    """The result cards of these offers (aanbod/blokken.py), the search's words marked."""
    return blokken.aanbodblokken(aanbiedingen, markeren or ())


@register.filter
def telefoon_link(nummer: str) -> str:
    """A tel: link target: digits and a leading + only ('030 200 10 10' -> '+31302001010')."""
    cijfers = "".join(teken for teken in nummer if teken.isdigit() or teken == "+")
    if cijfers.startswith("0") and not cijfers.startswith("00"):
        return "+31" + cijfers[1:]
    return cijfers


@register.simple_tag
def themaicoon(slug: str):
    """A theme's icon as inline SVG (aanbod/themaiconen.py); decorative, so aria-hidden."""
    return themaiconen.themaicoon(slug)
