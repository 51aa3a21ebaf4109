"""The markers for the map: public locations only, never a confidential address."""

from aanbod.models import Aanbod


def kaartpunten(aanbod_lijst: list[Aanbod]) -> list[dict]:
    """One marker per public location, with the offers there (uses prefetched locations)."""
    punten: dict[int, dict] = {}
    for aanbod in aanbod_lijst:
        for al in aanbod.aanbodlocaties.all():
            locatie = al.locatie
            if not locatie.heeft_openbare_positie:
                continue
            punt = punten.setdefault(
                locatie.pk,
                {
                    "lat": round(locatie.lat, 6),
                    "lon": round(locatie.lon, 6),
                    "naam": locatie.naam,
                    "adres": locatie.adres,
                    "aanbod": [],
                },
            )
            punt["aanbod"].append({"naam": aanbod.naam, "url": aanbod.get_absolute_url()})
    return list(punten.values())
