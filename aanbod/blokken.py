"""The result card ("blok") of an offer (search, home page, organisation page), rendered in
Python. (A "kaart" is a map; a card of an offer in a list is a "blok".)

A search page shows 20 cards; through a template include they were most of the page's time
at national scale (bench/RESULTS.md). The HTML is the same as the template's was; the labels
are translated like any other string."""

import html
import re
from datetime import datetime
from functools import lru_cache

from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from aanbod.models import Aanbod, Deelname, Status
from aanbod.openingstijden import openstatus
from aanbod.zoeken.tekst import normaliseer

WOORDEN_IN_BLOK = 28
WOORD = re.compile(r"([^\W_]+)")


@lru_cache(maxsize=8)
def _labelteksten(taal: str) -> dict[str, str]:
    """The fixed labels of a card in ``taal``: translated once, not on every card (a page's 60
    lookups were a tenth of its cards' time)."""
    return {
        "gesloten": _("Tijdelijk gesloten"),
        "gratis": _("Gratis"),
        "kost_geld": _("Kost geld"),
        **{waarde: str(label) for waarde, label in Deelname.choices},
    }


@lru_cache(maxsize=20_000)
def _raakt(woord: str, gezocht: tuple[str, ...]) -> bool:
    """Whether ``woord`` (as written) matches: its normalised form starts with a search word or
    contains one of four letters or more."""
    vorm = normaliseer(woord)
    return any(vorm.startswith(w) or (len(w) >= 4 and w in vorm) for w in gezocht)


def markeer(tekst: str, woorden: list[str]) -> SafeString:
    """``tekst`` escaped, with the words that match the search (``woorden``, normalised)
    wrapped in <mark>: a word matches when it starts with a search word or contains one of
    four letters or more ('koffie' in 'Koffieochtend', 'cafe' in 'Taalcafé')."""
    gezocht = tuple(w for w in woorden if len(w) >= 3)
    if not gezocht or not tekst:
        return conditional_escape(tekst)
    # The split puts the text between words at the even places and the words at the odd ones;
    # only words are looked at, and the text between matches is escaped in one go (html.escape
    # is what Django's escape does, without its lazy and safe string wrapping).
    delen = WOORD.split(str(tekst))
    uit, begin = [], 0
    for i in range(1, len(delen), 2):
        if _raakt(delen[i], gezocht):
            uit.append(html.escape("".join(delen[begin:i])))
            uit.append(f"<mark>{html.escape(delen[i])}</mark>")
            begin = i + 1
    uit.append(html.escape("".join(delen[begin:])))
    return mark_safe("".join(uit))  # every part was escaped above


def wijknamen(aanbod: Aanbod) -> list[str]:
    """The distinct wijk names of the offer's locations (``met_blokgegevens``), in order."""
    namen = []
    for al in aanbod.blok_locaties:
        if al.wijknaam and al.wijknaam not in namen:
            namen.append(al.wijknaam)
    return namen


def _labels(aanbod: Aanbod, nu: datetime) -> str:
    """The card's labels as <li> elements (HTML, every text escaped); open or not at ``nu``."""
    tekst = _labelteksten(get_language())
    labels = []
    if aanbod.status == Status.TIJDELIJK_GESLOTEN:
        labels.append(("label label--let-op", tekst["gesloten"]))
    else:
        status = openstatus(aanbod.blok_locaties, nu)
        if status.heeft_tijden:
            labels.append(("label label--open" if status.open else "label", status.tekst))
    labels.append(("label", tekst["gratis"] if aanbod.is_gratis else tekst["kost_geld"]))
    labels.append(("label", tekst.get(aanbod.deelname, aanbod.deelname)))
    return "\n    ".join(f'<li class="{klasse}">{html.escape(t)}</li>' for klasse, t in labels)


def aanbodblok(
    aanbod: Aanbod, woorden: list[str], adres: tuple[str, str], nu: datetime
) -> SafeString:
    """One card; the search ``woorden`` (normalised) are marked in the name and description.
    ``adres``: the offer page's address before and after the slug (one ``reverse`` for all);
    ``nu``: the moment its open status is for (local time: one for all).
    Every text is escaped here with ``html.escape`` (what Django's ``escape`` does, without
    the lazy-string checks of ``format_html``, which cost a fifth of a card)."""
    wijken = wijknamen(aanbod)
    beschrijving = Truncator(aanbod.beschrijving).words(WOORDEN_IN_BLOK, truncate=" …")
    plaats = html.escape(" · " + ", ".join(wijken)) if wijken else ""
    return mark_safe(  # every part is escaped or built from escaped parts
        f'<article class="kaartje" data-hsds-id="{aanbod.hsds_id}">\n'
        f'  <h3 class="kaartje__titel"><a href="{html.escape(adres[0] + aanbod.slug + adres[1])}">'
        f"{markeer(aanbod.naam, woorden)}</a></h3>\n"
        f'  <p class="kaartje__org">{html.escape(aanbod.organisatie_naam)}{plaats}</p>\n'
        f'  <p class="kaartje__tekst">{markeer(beschrijving, woorden)}</p>\n'
        f'  <ul class="labels">\n    {_labels(aanbod, nu)}\n  </ul>\n'
        "</article>\n"
    )


def aanbodblokken(aanbiedingen, woorden: list[str] | tuple = ()) -> SafeString:
    """The cards of these offers (read with ``Aanbod.objects.blokken()``: a card uses its
    columns and places), the words of the search (normalised) marked."""
    voor, _slug, na = reverse("aanbod:detail", args=["slug"]).rpartition("slug")
    nu = timezone.localtime()
    woorden = list(woorden or ())
    blokken = (aanbodblok(a, woorden, (voor, na), nu) for a in aanbiedingen)
    return mark_safe("".join(blokken))  # each is safe
