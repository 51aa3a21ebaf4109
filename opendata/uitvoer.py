"""The import summary in plain words, for the command line."""

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
    if s.afgewezen:
        regels.append(f"Overgeslagen rijen ({len(s.afgewezen)}):")
        regels += [f"  {m}" for m in s.afgewezen[:max_meldingen]]
        if len(s.afgewezen) > max_meldingen:
            regels.append(f"  ... en nog {len(s.afgewezen) - max_meldingen}")
    if s.waarschuwingen:
        regels.append(f"Waarschuwingen ({len(s.waarschuwingen)}):")
        regels += [f"  {m}" for m in s.waarschuwingen[:max_meldingen]]
        if len(s.waarschuwingen) > max_meldingen:
            regels.append(f"  ... en nog {len(s.waarschuwingen) - max_meldingen}")
    return regels
