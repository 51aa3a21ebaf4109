"""Search: one package, one entry point (``zoek``).

- tekst.py: reading what someone typed (normalising, filler, stems);
- vraag.py: from a query to groups of terms (words, compounds, corrections, needs);
- woordenlijst.py: what search knows of words (vocabulary, themes, needs, rarity);
- rangschikken.py: matching and ranking in PostgreSQL;
- rangorde.py: the ranked list a Paginator pages through;
- resultaat.py: ``zoek``, the entry point, and what a result page can say;
- index.py: the index side, what an offer can be found by (its vector);
- signalen.py: counting what residents looked for and did not find.
See docs/adr/0009-zoeken-op-landelijke-schaal.md and 0019-zoeken-in-eigen-woorden.md.
"""

from aanbod.zoeken.rangorde import Rangorde
from aanbod.zoeken.resultaat import MAX_RESULTATEN, Zoekresultaat, zoek

__all__ = ["MAX_RESULTATEN", "Rangorde", "Zoekresultaat", "zoek"]
