"""Plain text search for every database: lower case, no accents, every word must match."""

import re
import unicodedata

MAX_WOORDEN = 10
MAX_WOORDLENGTE = 40


def normaliseer(tekst: str) -> str:
    """Lower case without accents or punctuation: 'Taalcafé Oost!' -> 'taalcafe oost'."""
    zonder_accenten = "".join(
        teken
        for teken in unicodedata.normalize("NFKD", tekst or "")
        if not unicodedata.combining(teken)
    )
    return " ".join(re.findall(r"\w+", zonder_accenten.casefold()))


def zoekwoorden(tekst: str) -> list[str]:
    """The distinct words of a query, bounded so no input can make a huge query."""
    woorden = []
    for woord in normaliseer(tekst[:500]).split():
        woord = woord[:MAX_WOORDLENGTE]
        if woord not in woorden:
            woorden.append(woord)
    return woorden[:MAX_WOORDEN]


def zoektekst_voor(aanbod) -> str:
    """Everything one offer can be found by, normalised (the ``zoektekst`` column)."""
    delen = [aanbod.naam, aanbod.beschrijving, aanbod.voor_wie, aanbod.organisatie.naam]
    for thema in aanbod.themas.all():
        delen += [thema.naam, thema.naam_en]
    for doelgroep in aanbod.doelgroepen.all():
        delen += [doelgroep.naam, doelgroep.naam_en]
    for al in aanbod.aanbodlocaties.select_related("locatie__wijk", "locatie__buurt"):
        locatie = al.locatie
        delen += [locatie.naam, locatie.wijk.naam if locatie.wijk else ""]
        delen += [locatie.buurt.naam if locatie.buurt else ""]
        if not locatie.vertrouwelijk_adres:
            delen += [locatie.straat, locatie.postcode.replace(" ", "")]
    return " ".join(normaliseer(deel) for deel in delen if deel)
