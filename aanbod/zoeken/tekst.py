"""Reading what someone typed: normalised words, filler, stems.

Residents type sentences ("ik durf de deur niet meer uit", "mijn uitkering is gestopt"), not
catalogue words. Filler (pronouns, auxiliary and modal verbs, "lukt niet", greetings) carries
no meaning for a search and is left out of the words every offer must match; negations and
the like ("geen", "niet", "meer") are filler on their own but count inside a phrase of the
needs vocabulary ("geen vervoer", "durf deur niet uit"), which is matched first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_WOORDEN = 12
MAX_WOORDLENGTE = 40
MAX_TEKST = 500

# Words that never mean anything in a search of the catalogue, in Dutch and in English; with
# every word of PostgreSQL's Dutch stop list, which the vectors leave out anyway.
VULWOORDEN = frozenset(
    """
    aan af al alle alles als alsjeblieft alstublieft ben bent bij binnenkort daar daarom dan dat
    de deze die dit doe doen doet door dus echt een eens eigenlijk en enige enkele er erg ergens
    even gaat gaan ga gedaan geweest goed graag had hadden hallo heb hebben hebt heeft heel hem
    hen het hier hij hoe hoi hun ik iemand iets in is ja je jij jou jouw jullie kan kun kunnen
    kon kunt lijkt maar me meer mee mensen met mij mijn mn misschien moet moeten mogen mag na
    naar nee niet niets nog nou nu of om omdat ons onze ook op over paar per precies soms te
    tegen toch toe tot u uit uw van veel via vind vinden voor vraag vragen waar wanneer want
    waren was wat we weet weten wel welk welke wie wij wil willen wilt word worden wordt zal ze
    zelf zich zie zij zijn zit zitten zo zoals zoek zoeken zou zouden zelfs goedemorgen
    goedemiddag goedenavond dag dank bedankt groet groeten mvg men der haar zonder onder altijd
    werd doch wezen reeds ge toen andere a an and any are am as at be can could do does for from
    get got have has having hello hi how i im i'm is it its looking me my need of on or please
    some someone the there to want what where which who with would you your
    hele helemaal elke iedere ieder steeds vaak weer allemaal beetje zeer best gewoon net pas
    laatst vandaag morgen gisteren krijg krijgen krijgt kreeg gekregen geworden ging voel
    voelt voelen denk denkt zeg zegt zei heet kom komt komen kwam gekomen moest niemand
    iedereen dingen ding zoiets hoor oke ok okay sorry really very just also still help him
    her he she they them we our us this that feel have no here there
    leuk leuke fijn fijne goede mooie lekker sinds bijna snap snapt begrijp begrijpt echt
    zoveel zo'n zon erg ergens nergens iemand wie welke hoeveel lukt lukken gelukt zetten zet
    gezet maken maakt gemaakt kort lang hierheen daarheen waarheen eruit erin ervan
    """.split()  # noqa: SIM905 (a word list reads best as text)
)
# Filler on its own, but part of the meaning inside a phrase of the needs vocabulary.
BETEKENISDRAGERS = frozenset(["geen", "niet", "meer", "niets", "nooit", "alleen", "weg", "uit"])
# What a phrase of the needs vocabulary leaves out: articles, pronouns, the plainest verbs and
# prepositions. Every other word of a phrase counts ('zie niet meer zitten', 'te duur').
FRASEVULWOORDEN = frozenset(
    """
    de het een ik mijn mn je jij jou jouw u uw me mij we wij ons onze ze zij hij hem haar hun
    zijn is ben bent was waren wordt word worden heb hebt heeft hebben had en of maar dat die
    dit deze er in op aan van voor met bij naar om over tot a an the i my me is am are to of
    """.split()  # noqa: SIM905 (a word list reads best as text)
)

# Who and when: context in a sentence ('mijn man', 'elke avond'), seldom what the offer is
# about; they count for a little.
CONTEXTWOORDEN = frozenset(
    """
    man vrouw broer zus zoon dochter kind kinderen moeder vader mama papa opa oma buurman
    buurvrouw vriend vriendin vrienden ex partner familie schoonvader schoonmoeder neef nicht
    kleinkind kleinkinderen baas collega leraar juf meester avond avonds middag ochtend nacht
    nachts week weken maand maanden jaar jaren uur dagen weekend keer thuis huis
    """.split()  # noqa: SIM905 (a word list reads best as text)
)

_WOORD = re.compile(r"[^\W_]+")
# Letters joined by a hyphen ('u-pas', 'koffie-inloop'): also read as one word.
_KOPPELTEKEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_STAMMER = snowballstemmer.stemmer("dutch_porter")  # the stemmer PostgreSQL's 'dutch' uses


def normaliseer(tekst: str) -> str:
    """Lower case without accents or punctuation: 'Taalcafé Oost!' -> 'taalcafe oost'."""
    zonder_accenten = "".join(
        teken
        for teken in unicodedata.normalize("NFKD", tekst or "")
        if not unicodedata.combining(teken)
    )
    return " ".join(_WOORD.findall(zonder_accenten.casefold()))


def samengetrokken(tekst: str) -> list[str]:
    """The words written with a hyphen, as one word: 'de U-pas' -> ['upas']. An offer's text
    holds them both ways, so 'upas', 'u-pas' and 'u pas' all find it."""
    return [
        normaliseer(w).replace(" ", "")
        for w in re.findall(r"[^\W_]+(?:-[^\W_]+)+", tekst or "")
        if _KOPPELTEKEN.search(w)
    ]


def alle_woorden(tekst: str) -> list[str]:
    """Every normalised word of a query, in order, bounded so no input makes a huge query; a
    word written with a hyphen as one word ('u-pas' -> 'upas')."""
    tekst = _KOPPELTEKEN.sub("", (tekst or "")[:MAX_TEKST])
    woorden = [w[:MAX_WOORDLENGTE] for w in normaliseer(tekst).split()]
    return woorden[: MAX_WOORDEN * 4]


def is_getal(woord: str) -> bool:
    return woord.isdigit()


def is_vulwoord(woord: str) -> bool:
    return woord in VULWOORDEN or woord in BETEKENISDRAGERS or len(woord) < 2


def zoekwoorden(tekst: str) -> list[str]:
    """The distinct meaningful words of a query: 'Iets met KOKEN in Overvecht!' ->
    ['koken', 'overvecht']."""
    woorden: list[str] = []
    for woord in alle_woorden(tekst):
        if woord not in woorden and not is_vulwoord(woord) and woord not in FRASEVULWOORDEN:
            woorden.append(woord)
    return woorden[:MAX_WOORDEN]


@lru_cache(maxsize=20_000)
def stam(woord: str) -> str:
    """The Dutch stem of a normalised word, as PostgreSQL's search finds it: 'buren' -> 'bur'."""
    return _STAMMER.stemWord(woord)
