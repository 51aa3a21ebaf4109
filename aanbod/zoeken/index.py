"""The index side of search: what an offer can be found by. Its normalised search text and
its weighted vector, kept up to date by aanbod.signals through ``zoektekst_bijwerken``."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import BooleanField, F, Func, Prefetch

from aanbod.zoeken.tekst import normaliseer, samengetrokken

ZOEKCONFIG = "dutch_unaccent"  # made by migration 0003: the dutch stemmer after unaccent
# Each theme of an offer is also a word of its vector (weight B, like the target groups), so a
# search word that names a theme ('eenzaam' -> ontmoeting) is one more term of the same GIN
# index lookup. The parser keeps such a word as it is; no Dutch word looks like it.
THEMAKENMERK = "zzthema{}"
# Likewise what the filters of /aanbod/ choose (wijk, buurt, target group, language, kind,
# cost, how to join, wheelchair access, day of the week) is a word of the vector, weight D:
# any combination of filters and search words is then one GIN lookup (ADR 0009). Each ends in
# a number, so the parser keeps it whole and never stems it ('zzwijk3', 'zzdag2'); a choice
# ends in its value and a 0 ('zzkostengratis0'), so reordering a TextChoices changes nothing.
KENMERK = "zz{soort}{waarde}"
KEUZE_KENMERKEN = ("soort", "kosten", "deelname")
# In the filter vector of an offer whose vector is too big for the candidate index: it holds
# only this word and the filter words (migration 0010).
GROOT = "zzgroot"
BATCH = 500
WOORDLENGTE = 40  # the vocabulary (aanbod_woord) keeps this many letters of a word


def zoekdelen(aanbod) -> dict[str, str]:
    """The offer's searchable text in three weights, normalised.

    Uses ``.all()`` on its relations, so with ``met_zoekgegevens`` it needs no queries."""
    # A theme's own search words are not copied in: aanbod/zoeken.py maps them to the theme at
    # query time, which keeps every vector small.
    thema_woorden = [naam for thema in aanbod.themas.all() for naam in (thema.naam, thema.naam_en)]
    a = [aanbod.naam, aanbod.get_soort_display(), *thema_woorden]
    a += [z.woord for z in aanbod.zoekwoorden.all()]
    b = [aanbod.organisatie.naam]
    for doelgroep in aanbod.doelgroepen.all():
        b += [doelgroep.naam, doelgroep.naam_en]
    c = [aanbod.beschrijving, aanbod.voor_wie]
    for al in sorted(aanbod.aanbodlocaties.all(), key=lambda al: al.pk):
        locatie = al.locatie
        b += [locatie.naam]
        b += [
            locatie.wijk.naam if locatie.wijk else "",
            locatie.buurt.naam if locatie.buurt else "",
        ]
        if locatie.rolstoeltoegankelijk:
            b += ["rolstoeltoegankelijk", "rolstoel"]
        if locatie.toegankelijk_toilet:
            b += ["toegankelijk toilet"]
        if locatie.ringleiding:
            b += ["ringleiding"]
        if not locatie.vertrouwelijk_adres:
            c += [locatie.straat, locatie.postcode.replace(" ", "")]
    return {
        gewicht: " ".join(woorden_van(str(deel)) for deel in delen if deel)
        for gewicht, delen in (("A", a), ("B", b), ("C", c))
    }


def woorden_van(tekst: str) -> str:
    """The normalised words of a text, and those written with a hyphen also as one word."""
    return " ".join([normaliseer(tekst), *samengetrokken(tekst)])


class VectorBevat(Func):
    """PostgreSQL: the offer's vector matches ``tsquery`` (raw: 'koffie:* | zzthema1').

    It asks the filter vector (migration 0010), which the candidate index holds, so walking
    that index never reads the table. Every filter and search word is one of these
    (aanbod/zoeken.py, AanbodQuerySet.met_kenmerk). With ``filterwoorden`` the words are
    filter words of weight D ('zzwijk3', not the themes), which every filter vector holds;
    otherwise an offer marked GROOT there is checked against its full vector."""

    output_field = BooleanField()

    def __init__(self, tsquery: str, *, filterwoorden: bool = False):
        super().__init__(F("pk"), SearchQuery(tsquery, search_type="raw", config=ZOEKCONFIG))
        self.filterwoorden = filterwoorden

    def as_sql(self, compiler, connection, **extra_context):
        pk, query = self.get_source_expressions()
        pk_sql, pk_params = compiler.compile(pk)
        query_sql, query_params = compiler.compile(query)
        # The same table, by the same name or alias, as its primary key: '"U0"."zoekfilter"'.
        zoekfilter = f"{pk_sql.rsplit('.', 1)[0]}.zoekfilter"
        if self.filterwoorden:
            return f"{zoekfilter} @@ {query_sql}", query_params
        # The first half is what a GIN index can answer (several at once, for several
        # filters); the second only calls the function for an offer marked GROOT.
        sql = (
            f"({zoekfilter} @@ ({query_sql} || '{GROOT}'::tsquery)"
            f" AND (NOT {zoekfilter} @@ '{GROOT}'::tsquery"
            f" OR aanbod_groot_bevat({pk_sql}, {query_sql})))"
        )
        return sql, (*query_params, *pk_params, *query_params)


def kenmerk(soort: str, waarde) -> str:
    """The vector word of one filter value: kenmerk('wijk', 3) -> 'zzwijk3'; for a choice
    field its value: kenmerk('kosten', 'eigen_bijdrage') -> 'zzkosteneigenbijdrage0'."""
    if soort in KEUZE_KENMERKEN:
        waarde = f"{normaliseer(waarde).replace(' ', '')}0"
    return KENMERK.format(soort=soort, waarde=waarde)


def kenmerkwoorden(
    *,
    soort: str,
    kosten: str,
    deelname: str,
    doelgroepen=(),
    talen=(),
    wijken=(),
    buurten=(),
    rolstoel: bool = False,
    weekdagen=(),
) -> str:
    """The filter words of one offer (ids of its target groups, languages, wijken, buurten)."""
    woorden = {kenmerk("soort", soort), kenmerk("kosten", kosten), kenmerk("deelname", deelname)}
    for naam, waarden in (
        ("doel", doelgroepen),
        ("taal", talen),
        ("wijk", wijken),
        ("buurt", buurten),
        ("dag", weekdagen),
    ):
        woorden.update(kenmerk(naam, w) for w in waarden if w is not None)
    if rolstoel:
        woorden.add(kenmerk("rolstoel", 1))
    return " ".join(sorted(woorden))


def kenmerken(aanbod) -> str:
    """``kenmerkwoorden`` of an offer; with ``met_zoekgegevens`` it needs no queries."""
    locaties = [al.locatie for al in aanbod.aanbodlocaties.all()]
    return kenmerkwoorden(
        soort=aanbod.soort,
        kosten=aanbod.kosten,
        deelname=aanbod.deelname,
        doelgroepen=[d.pk for d in aanbod.doelgroepen.all()],
        talen=[t.pk for t in aanbod.talen.all()],
        wijken=[locatie.wijk_id for locatie in locaties],
        buurten=[locatie.buurt_id for locatie in locaties],
        rolstoel=any(locatie.rolstoeltoegankelijk for locatie in locaties),
        weekdagen=[s.weekdag for al in aanbod.aanbodlocaties.all() for s in al.tijdsloten.all()],
    )


def themakenmerken(thema_ids) -> str:
    """The words that mark an offer's themes in its vector: 'zzthema3 zzthema7'."""
    return " ".join(THEMAKENMERK.format(pk) for pk in sorted(thema_ids))


def met_zoekgegevens(qs):
    """Prefetch everything ``zoekdelen`` reads, for a batch of offers in a few queries."""
    from aanbod.models import AanbodLocatie

    return qs.select_related("organisatie").prefetch_related(
        "themas",
        "doelgroepen",
        "talen",
        "zoekwoorden",
        Prefetch(
            "aanbodlocaties",
            queryset=AanbodLocatie.objects.select_related(
                "locatie__wijk", "locatie__buurt"
            ).prefetch_related("tijdsloten"),
        ),
    )


_uitgesteld: ContextVar[set | None] = ContextVar("zoektekst_uitgesteld", default=None)


@contextmanager
def zoektekst_uitstellen():
    """Within this block, collect the offers to update and update each once at the end
    (for bulk loads: the demo set-up, imports)."""
    if _uitgesteld.get() is not None:
        yield
        return
    token = _uitgesteld.set(set())
    try:
        yield
        ids = _uitgesteld.get()
    finally:
        _uitgesteld.reset(token)
    zoektekst_bijwerken(ids)


def zoektekst_bijwerken(aanbod_ids) -> None:
    """Recompute the search text and the vector of these offers."""
    from aanbod.models import Aanbod

    wachtend = _uitgesteld.get()
    if wachtend is not None:
        wachtend.update(aanbod_ids)
        return
    ids = sorted(set(aanbod_ids))
    for begin in range(0, len(ids), BATCH):
        aanbiedingen = list(
            met_zoekgegevens(Aanbod.objects.filter(pk__in=ids[begin : begin + BATCH]))
        )
        delen = {aanbod.pk: zoekdelen(aanbod) for aanbod in aanbiedingen}
        for aanbod in aanbiedingen:
            aanbod.zoektekst = " ".join(deel for deel in delen[aanbod.pk].values() if deel)
        Aanbod.objects.bulk_update(aanbiedingen, ["zoektekst"])
        if delen:
            for aanbod in aanbiedingen:
                delen[aanbod.pk]["T"] = themakenmerken(t.pk for t in aanbod.themas.all())
                delen[aanbod.pk]["K"] = kenmerken(aanbod)
            _vectoren_bijwerken(delen)
            _woorden_bijwerken(aanbiedingen)


def _woorden_bijwerken(aanbiedingen) -> None:
    """Add the batch's words to the vocabulary that typos are matched against."""
    woorden_toevoegen(a.zoektekst for a in aanbiedingen)


def woorden_toevoegen(teksten) -> None:
    """Add the words of these texts to the search vocabulary (aanbod_woord): the words typos
    are corrected to and compounds are split into."""
    woorden = sorted(
        {w[:WOORDLENGTE] for t in teksten for w in normaliseer(t or "").split() if len(w) >= 3}
    )
    if not woorden:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO aanbod_woord (woord) SELECT unnest(%s::text[]) ON CONFLICT DO NOTHING",
            [woorden],
        )


def _vectoren_bijwerken(delen: dict[int, dict[str, str]]) -> None:
    """One UPDATE for a whole batch: the weighted vector from the three parts, the themes and
    the filter words."""
    rijen = ", ".join(["(%s, %s, %s, %s, %s, %s)"] * len(delen))
    waarden = [w for pk, d in delen.items() for w in (pk, d["A"], d["B"], d["C"], d["T"], d["K"])]
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            UPDATE aanbod_aanbod AS a SET zoekvector =
                setweight(to_tsvector('{ZOEKCONFIG}', v.a), 'A')
                || setweight(to_tsvector('{ZOEKCONFIG}', v.b), 'B')
                || setweight(to_tsvector('{ZOEKCONFIG}', v.c), 'C')
                || setweight(to_tsvector('{ZOEKCONFIG}', v.t), 'B')
                || setweight(to_tsvector('{ZOEKCONFIG}', v.k), 'D')
            FROM (VALUES {rijen}) AS v(id, a, b, c, t, k)
            WHERE a.id = v.id::bigint
            """,
            waarden,
        )
