"""What the sources page shows: offers gone from their source, placeholder organisations,
and obvious duplicates across sources (same organisation name and address, normalised)."""

import re
import unicodedata
from collections import defaultdict

from aanbod.models import Locatie

VORMEN = re.compile(r"\b(stichting|vereniging|st|de|het|the|bv|b v)\b")


def normaal(tekst: str) -> str:
    """'Stichting Buurthuis  De Boog!' -> 'buurthuis boog': case, accents, punctuation and
    legal forms do not make two organisations different."""
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode().lower()
    tekst = re.sub(r"[^a-z0-9]+", " ", tekst)
    return " ".join(VORMEN.sub(" ", tekst).split())


def dubbele_organisaties(max_groepen: int = 100) -> list[dict]:
    """Groups of organisations with the same normalised name at the same address."""
    groepen: dict[tuple, dict] = defaultdict(lambda: {"organisaties": {}})
    rijen = (
        Locatie.objects.filter(organisatie__isnull=False)
        .exclude(straat="")
        .values_list(
            "organisatie_id",
            "organisatie__naam",
            "organisatie__slug",
            "straat",
            "huisnummer",
            "postcode",
        )
    )
    for org_id, naam, slug, straat, huisnummer, postcode in rijen:
        adres = (normaal(straat), huisnummer.strip().lower(), postcode.replace(" ", "").upper())
        groep = groepen[(normaal(naam), adres)]
        groep["adres"] = f"{straat} {huisnummer}, {postcode}".strip(", ")
        groep["organisaties"][org_id] = {"pk": org_id, "naam": naam, "slug": slug}
    uit = [
        {
            "adres": g["adres"],
            "organisaties": sorted(g["organisaties"].values(), key=lambda o: o["pk"]),
        }
        for g in groepen.values()
        if len(g["organisaties"]) > 1
    ]
    return sorted(uit, key=lambda g: g["organisaties"][0]["naam"])[:max_groepen]
