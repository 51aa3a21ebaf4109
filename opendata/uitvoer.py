"""The import summary in plain words, for the command line."""

from collections import Counter

from opendata.importeren import Samenvatting

NAMEN = {
    "organisaties": "Organisaties",
    "locaties": "Locaties",
    "aanbod": "Aanbod",
    "aanbodlocaties": "Aanbod op locaties",
    "tijden": "Tijden en sluitingen",
    "kenmerken": "Kenmerken",
}


def samenvatting_regels(s: Samenvatting, max_meldingen: int = 50) -> list[str]:
    regels = [
        f"Formaat: {s.formaat}" + (" (proef: er is niets bewaard)" if s.proef else ""),
        f"{'':22} {'nieuw':>7} {'bijgewerkt':>10} {'ongewijzigd':>11} {'afgewezen':>9}",
    ]
    for sleutel, telling in s.tellingen.items():
        regels.append(
            f"{NAMEN[sleutel]:22} {telling.aangemaakt:>7} {telling.bijgewerkt:>10} "
            f"{telling.ongewijzigd:>11} {telling.afgewezen:>9}"
        )
    if s.tijdelijke_organisaties:
        regels.append(
            f"Ontbrekende organisaties: {s.tijdelijke_organisaties}; hun aanbod staat onder een "
            "tijdelijke organisatie die een coördinator nakijkt."
        )
    if s.verdwenen:
        regels.append(f"Niet meer in de bron: {s.verdwenen} aanbod (gemarkeerd, niet verwijderd).")
    if s.afgewezen:
        regels.append(f"Eerste overgeslagen rijen ({len(s.afgewezen)} in totaal):")
        regels += [f"  {m}" for m in s.afgewezen[:max_meldingen]]
        if len(s.afgewezen) > max_meldingen:
            regels.append(f"  ... en nog {len(s.afgewezen) - max_meldingen}")
    if s.waarschuwingen:
        regels.append(f"Waarschuwingen ({len(s.waarschuwingen)}):")
        regels += [f"  {m}" for m in s.waarschuwingen[:max_meldingen]]
        if len(s.waarschuwingen) > max_meldingen:
            regels.append(f"  ... en nog {len(s.waarschuwingen) - max_meldingen}")
    return regels


def waarom_niets(s: Samenvatting) -> str:
    """One sentence: why an import that read a file brought in nothing at all."""
    if not s.afgewezen:
        return "Niets ingelezen: het bestand bevat geen aanbod."
    redenen = Counter(m.reden.split("'")[0].split(" ")[0] for m in s.afgewezen)
    sleutel, _aantal = redenen.most_common(1)[0]
    voorbeeld = next(m for m in s.afgewezen if m.reden.split(" ")[0] == sleutel)
    return (
        f"Niets ingelezen: alle {len(s.afgewezen)} rijen zijn afgewezen, de meeste zoals "
        f"{voorbeeld}."
    )
