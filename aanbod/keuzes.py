"""The small lists that every filter form shows (wijken, buurten, themes, target groups,
languages), cached so a search page does not query them on every request.

Each process keeps them per catalogue version (aanbod/versie.py): a change in the admin counts
at once in every process."""

from django.utils.translation import get_language

from aanbod.models import Buurt, Doelgroep, Taal, Thema, Wijk
from aanbod.versie import per_versie

_SLEUTEL = "keuzes:{naam}:{taal}"


def _bewaard(naam: str, maken):
    return per_versie(_SLEUTEL.format(naam=naam, taal=(get_language() or "nl")[:2]), maken)


def ids(naam: str) -> dict[str, int]:
    """{slug: id} of the wijken, buurten, themas or doelgroepen; {code: id} of the talen."""
    model, sleutel = {
        "wijken": (Wijk, "slug"),
        "buurten": (Buurt, "slug"),
        "themas": (Thema, "slug"),
        "doelgroepen": (Doelgroep, "slug"),
        "talen": (Taal, "code"),
    }[naam]
    return _bewaard(f"ids-{naam}", lambda: dict(model.objects.values_list(sleutel, "pk")))


def wijken() -> list[tuple[str, str]]:
    return _bewaard("wijken", lambda: list(Wijk.objects.values_list("slug", "naam")))


def buurten() -> list[tuple[str, list[tuple[str, str]]]]:
    """Buurten grouped by wijk, for a select with optgroups."""

    def maken():
        groepen: dict[str, list] = {}
        for slug, naam, wijk in Buurt.objects.order_by("wijk__naam", "naam").values_list(
            "slug", "naam", "wijk__naam"
        ):
            groepen.setdefault(wijk, []).append((slug, naam))
        return list(groepen.items())

    return _bewaard("buurten", maken)


def themas() -> list[tuple[str, str]]:
    return _bewaard("themas", lambda: [(t.slug, t.weergave) for t in Thema.objects.all()])


def doelgroepen() -> list[tuple[str, str]]:
    return _bewaard("doelgroepen", lambda: [(d.slug, d.weergave) for d in Doelgroep.objects.all()])


def talen() -> list[tuple[str, str]]:
    return _bewaard("talen", lambda: [(t.code, str(t)) for t in Taal.objects.all()])


def platte_lijst(keuzes) -> dict[str, str]:
    """{value: label} of choices, also when they are grouped."""
    plat = {}
    for waarde, label in keuzes:
        if isinstance(label, list | tuple):
            plat.update(dict(label))
        else:
            plat[waarde] = label
    return plat
