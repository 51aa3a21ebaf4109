from .aanbod import Aanbod, AanbodLocatie, AanbodQuerySet, Deelname, Kosten, Soort, Status
from .aanmelding import Aanmelding, AanmeldingStatus
from .gebied import Buurt, Gebiedsgrens, Wijk
from .gegevensbron import BronRun, Gegevensbron
from .historie import AanbodWijziging, Bron
from .informatiepunt import Informatiepunt
from .lijsten import Doelgroep, Taal, Thema
from .locatie import Locatie
from .organisatie import Organisatie
from .rooster import Frequentie, Sluiting, Tijdslot, Weekdag, WeekVanDeMaand
from .zoekwoord import Behoefte, Woord, Zoekwoord, ZoekwoordTelling

__all__ = [
    "Aanmelding",
    "AanmeldingStatus",
    "Informatiepunt",
    "Aanbod",
    "AanbodLocatie",
    "Behoefte",
    "AanbodQuerySet",
    "AanbodWijziging",
    "Bron",
    "BronRun",
    "Gegevensbron",
    "Buurt",
    "Deelname",
    "Doelgroep",
    "Frequentie",
    "Gebiedsgrens",
    "Kosten",
    "Locatie",
    "Organisatie",
    "Sluiting",
    "Soort",
    "Status",
    "Taal",
    "Thema",
    "Tijdslot",
    "Weekdag",
    "WeekVanDeMaand",
    "Wijk",
    "Woord",
    "Zoekwoord",
    "ZoekwoordTelling",
]
