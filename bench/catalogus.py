"""A synthetic catalogue for the search benchmark: organisations, locations inside the real
wijk boundaries, offers with plain Dutch names and descriptions, themes, target groups,
languages, weekly and monthly opening times and a few closures.

Rows go in with bulk_create (no signals), so the search text is computed here in Python, the
same way aanbod.zoeken.index.zoekdelen does, and the weighted vector with one UPDATE per batch.
``zoektekst_controleren`` checks a sample against the real ``zoektekst_bijwerken``.
"""

import random
import re
import time as klok
from dataclasses import dataclass
from datetime import time, timedelta
from decimal import Decimal

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from shapely import Point, prepared
from shapely.geometry import shape

from aanbod.models import (
    Aanbod,
    AanbodLocatie,
    Buurt,
    Doelgroep,
    Frequentie,
    Locatie,
    Organisatie,
    Sluiting,
    Soort,
    Taal,
    Thema,
    Tijdslot,
    Wijk,
)
from aanbod.zoeken.index import (
    ZOEKCONFIG,
    kenmerkwoorden,
    themakenmerken,
    woorden_toevoegen,
    woorden_van,
    zoektekst_bijwerken,
)
from bench import woorden as w

BATCH = 2000
VECTOR_SQL = f"""
UPDATE aanbod_aanbod AS a SET zoekvector =
    setweight(to_tsvector('{ZOEKCONFIG}'::regconfig, v.a), 'A')
    || setweight(to_tsvector('{ZOEKCONFIG}'::regconfig, v.b), 'B')
    || setweight(to_tsvector('{ZOEKCONFIG}'::regconfig, v.c), 'C')
    || setweight(to_tsvector('{ZOEKCONFIG}'::regconfig, v.t), 'B')
    || setweight(to_tsvector('{ZOEKCONFIG}'::regconfig, v.k), 'D')
FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], %s::text[])
    AS v(id, a, b, c, t, k)
WHERE a.id = v.id
"""


@dataclass
class Gebied:
    wijk: Wijk
    vorm: object  # prepared shapely geometry
    grenzen: tuple[float, float, float, float]
    buurten: list[tuple[Buurt, object]]


def _gebieden() -> list[Gebied]:
    buurten: dict[int, list] = {}
    for buurt in Buurt.objects.filter(grensvorm__isnull=False).select_related("grensvorm"):
        buurten.setdefault(buurt.wijk_id, []).append((buurt, prepared.prep(shape(buurt.grens))))
    gebieden = []
    for wijk in Wijk.objects.filter(grensvorm__isnull=False).select_related("grensvorm"):
        vorm = shape(wijk.grens)
        gebieden.append(Gebied(wijk, prepared.prep(vorm), vorm.bounds, buurten.get(wijk.pk, [])))
    return gebieden


def _punt_in(gebied: Gebied, rng: random.Random) -> tuple[float, float, Buurt | None]:
    """A random point inside the wijk (rejection sampling) and the buurt it falls in."""
    minx, miny, maxx, maxy = gebied.grenzen
    while True:
        punt = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if gebied.vorm.covers(punt):
            buurt = next((b for b, vorm in gebied.buurten if vorm.covers(punt)), None)
            return round(punt.y, 6), round(punt.x, 6), buurt


def _lijsten():
    """Themes, target groups and languages, in database order."""
    themas = list(Thema.objects.all())
    return (
        {t.slug: t for t in themas},
        {t.pk: [t.naam, t.naam_en] for t in themas},  # theme search words: mapped at query time
        {t.pk: i for i, t in enumerate(themas)},
        list(Doelgroep.objects.all()),
        list(Taal.objects.all()),
    )


def _delen(tekst: list) -> str:
    return " ".join(woorden_van(str(deel)) for deel in tekst if deel)


def _organisaties(aantal: int, start: int, rng: random.Random, wijken: list) -> list:
    nieuw = []
    for i in range(aantal):
        naam = f"{rng.choice(w.ORGANISATIE_VORM)} {rng.choice(w.ORGANISATIE_NAAM)}"
        if rng.random() < 0.6:
            naam += f" {rng.choice(wijken).wijk.naam}"
        nieuw.append(Organisatie(naam=naam, slug=f"bench-org-{start + i}"))
    return Organisatie.objects.bulk_create(nieuw, batch_size=BATCH)


def _locaties(aantal: int, rng: random.Random, gebieden, organisaties) -> list:
    nieuw = []
    for _ in range(aantal):
        gebied = rng.choice(gebieden)
        lat, lon, buurt = _punt_in(gebied, rng)
        nieuw.append(
            Locatie(
                naam=f"{rng.choice(w.LOCATIE_SOORT)} {rng.choice(w.LOCATIE_NAAM)}",
                organisatie=rng.choice(organisaties) if rng.random() < 0.7 else None,
                straat=rng.choice(w.STRATEN),
                huisnummer=str(rng.randint(1, 250)),
                postcode=f"35{rng.randint(0, 99):02} {rng.choice('ABCEGHJKLMNPRSTVWXZ')}"
                f"{rng.choice('ABCEGHJKLMNPRSTVWXZ')}",
                lat=lat,
                lon=lon,
                wijk=gebied.wijk,
                buurt=buurt,
                rolstoeltoegankelijk=rng.random() < 0.6,
                toegankelijk_toilet=rng.random() < 0.4,
                ringleiding=rng.random() < 0.15,
                vertrouwelijk_adres=rng.random() < 0.02,
            )
        )
    return Locatie.objects.bulk_create(nieuw, batch_size=BATCH)


def _tijdsloten(al: AanbodLocatie, rng: random.Random, maandag) -> list[Tijdslot]:
    sloten = []
    for _ in range(rng.choice((0, 1, 1, 1, 2, 2, 3))):
        weekdag = rng.choices(range(7), weights=(5, 5, 5, 5, 4, 2, 1))[0]
        opent = time(rng.randint(9, 19), rng.choice((0, 30)))
        sluit = time(min(opent.hour + rng.randint(1, 3), 23), opent.minute)
        slot = Tijdslot(aanbod_locatie=al, weekdag=weekdag, opent=opent, sluit=sluit)
        keuze = rng.random()
        if keuze < 0.2:
            slot.frequentie = Frequentie.MAANDELIJKS
            slot.week_van_de_maand = rng.choice((1, 2, 3, 4, -1))
        elif keuze < 0.3:
            slot.interval = 2
            slot.startdatum = maandag + timedelta(days=weekdag)
        slot.open_op_feestdagen = rng.random() < 0.1
        sloten.append(slot)
    return sloten


def _zoekindexen_weghalen() -> list[str]:
    """Drop the GIN indexes and the covering indexes (INCLUDE, migration 0010) of
    aanbod_aanbod; return how to make them again."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes "
            "WHERE tablename = 'aanbod_aanbod' "
            "AND (indexdef LIKE '%USING gin%' OR indexdef LIKE '%INCLUDE%')"
        )
        indexen = cursor.fetchall()
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for naam, _ in indexen:
            cursor.execute(f'DROP INDEX "{naam}"')
    return [definitie for _, definitie in indexen]


def opruimen() -> None:
    """VACUUM ANALYZE after a bulk load (outside a transaction), else ANALYZE."""
    with connection.cursor() as cursor:
        if not connection.in_atomic_block:
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


@transaction.atomic
def catalogus_genereren(aantal: int, *, seed: int = 2026) -> dict[str, float]:
    """Add ``aantal`` offers (with ~1 organisation per 20 and ~1 location per 3)."""
    begin = klok.perf_counter()
    start = Aanbod.objects.count()
    rng = random.Random(seed + start)
    vandaag = timezone.localdate()
    gebieden = _gebieden()
    themas, thema_woorden, thema_volgorde, doelgroepen, talen = _lijsten()
    iedereen = next(d for d in doelgroepen if d.slug == "iedereen")
    nederlands = next(t for t in talen if t.code == "nl")
    organisaties = _organisaties(max(1, aantal // 20), start, rng, gebieden)
    locaties = _locaties(max(1, aantal // 3), rng, gebieden, organisaties)

    # GIN indexes take rows one by one, and every vector UPDATE also writes the covering
    # indexes: building them afterwards is several times faster.
    zoekindexen = _zoekindexen_weghalen()
    aanbod, delen, koppelingen = [], [], []
    for i in range(aantal):
        act_naam, soort, act_themas, wat = rng.choice(w.ACTIVITEITEN)
        plekken = rng.sample(locaties, k=min(len(locaties), rng.choice((0, 1, 1, 1, 1, 1, 2))))
        vorm = rng.random()
        if plekken and vorm < 0.35:
            naam = f"{act_naam} {plekken[0].wijk.naam}"
        elif plekken and vorm < 0.55:
            naam = f"{act_naam} {plekken[0].naam.split(' ', 1)[1]}"
        else:
            naam = f"{act_naam} {rng.choice(w.NAAM_ACHTER)}"
        eigen_org = [p.organisatie for p in plekken if p.organisatie_id]
        organisatie = eigen_org[0] if eigen_org and rng.random() < 0.6 else rng.choice(organisaties)
        mijn_themas = {themas[s] for s in act_themas}
        if rng.random() < 0.2:
            mijn_themas.add(rng.choice(list(themas.values())))
        mijn_themas = sorted(mijn_themas, key=lambda t: thema_volgorde[t.pk])
        mijn_groepen = {iedereen if rng.random() < 0.4 else rng.choice(doelgroepen)}
        if rng.random() < 0.3:
            mijn_groepen.add(rng.choice(doelgroepen))
        mijn_groepen = [d for d in doelgroepen if d in mijn_groepen]
        mijn_talen = {nederlands} | ({rng.choice(talen)} if rng.random() < 0.2 else set())
        deelname = rng.choices(list(w.ZINNEN_DEELNAME), weights=(6, 3, 1))[0]
        zinnen = [f"{naam} is een plek waar je {wat}.", w.ZINNEN_DEELNAME[deelname]]
        if plekken:
            zinnen.append(f"We zitten in {plekken[0].naam} in {plekken[0].wijk.naam}.")
        zinnen += rng.sample(w.ZINNEN_EXTRA, k=rng.randint(0, 2 if plekken else 1))
        gratis = rng.random() < 0.7
        item = Aanbod(
            naam=naam,
            slug=f"{slugify(naam)[:60]}-b{start + i}",
            organisatie=organisatie,
            soort=soort,
            beschrijving=" ".join(zinnen),
            voor_wie=w.VOOR_WIE.get(mijn_groepen[0].slug, ""),
            kosten="gratis" if gratis else "eigen_bijdrage",
            kosten_bedrag=None if gratis else Decimal(rng.choice(("1.00", "2.50", "5.00"))),
            deelname=deelname,
            status=rng.choices(("actief", "tijdelijk_gesloten", "gestopt"), (94, 4, 2))[0],
            laatst_gecontroleerd=vandaag - timedelta(days=rng.randint(0, 500)),
        )
        a = [naam, Soort(soort).label, *(x for t in mijn_themas for x in thema_woorden[t.pk])]
        b = [organisatie.naam, *(x for d in mijn_groepen for x in (d.naam, d.naam_en))]
        c = [item.beschrijving, item.voor_wie]
        for plek in plekken:
            b += [plek.naam, plek.wijk.naam, plek.buurt.naam if plek.buurt else ""]
            b += ["rolstoeltoegankelijk", "rolstoel"] if plek.rolstoeltoegankelijk else []
            b += ["toegankelijk toilet"] if plek.toegankelijk_toilet else []
            b += ["ringleiding"] if plek.ringleiding else []
            c += [] if plek.vertrouwelijk_adres else [plek.straat, plek.postcode.replace(" ", "")]
        deel = {"A": _delen(a), "B": _delen(b), "C": _delen(c)}
        item.zoektekst = " ".join(d for d in deel.values() if d)
        deel["T"] = themakenmerken(t.pk for t in mijn_themas)
        aanbod.append(item)
        delen.append(deel)
        koppelingen.append((mijn_themas, mijn_groepen, mijn_talen, plekken))
    Aanbod.objects.bulk_create(aanbod, batch_size=BATCH)

    rijen: dict[str, list] = {"themas": [], "doelgroepen": [], "talen": [], "al": []}
    for item, (mijn_themas, mijn_groepen, mijn_talen, plekken) in zip(
        aanbod, koppelingen, strict=True
    ):
        rijen["themas"] += [Aanbod.themas.through(aanbod=item, thema=t) for t in mijn_themas]
        rijen["doelgroepen"] += [
            Aanbod.doelgroepen.through(aanbod=item, doelgroep=d) for d in mijn_groepen
        ]
        rijen["talen"] += [Aanbod.talen.through(aanbod=item, taal=t) for t in mijn_talen]
        rijen["al"] += [AanbodLocatie(aanbod=item, locatie=p) for p in plekken]
    Aanbod.themas.through.objects.bulk_create(rijen["themas"], batch_size=BATCH * 2)
    Aanbod.doelgroepen.through.objects.bulk_create(rijen["doelgroepen"], batch_size=BATCH * 2)
    Aanbod.talen.through.objects.bulk_create(rijen["talen"], batch_size=BATCH * 2)
    aanbodlocaties = AanbodLocatie.objects.bulk_create(rijen["al"], batch_size=BATCH)

    maandag = vandaag - timedelta(days=vandaag.weekday())
    sloten = [s for al in aanbodlocaties for s in _tijdsloten(al, rng, maandag)]
    Tijdslot.objects.bulk_create(sloten, batch_size=BATCH * 2)
    sluitingen = [
        Sluiting(aanbod_locatie=al, van=vandaag + timedelta(days=d), tot=vandaag + timedelta(d + 6))
        for al in aanbodlocaties
        if rng.random() < 0.03
        for d in [rng.randint(-10, 30)]
    ]
    Sluiting.objects.bulk_create(sluitingen, batch_size=BATCH)
    weekdagen: dict[int, set[int]] = {}
    for slot in sloten:
        weekdagen.setdefault(slot.aanbod_locatie.aanbod_id, set()).add(slot.weekdag)
    for item, deel, (_themas, mijn_groepen, mijn_talen, plekken) in zip(
        aanbod, delen, koppelingen, strict=True
    ):
        deel["K"] = kenmerkwoorden(
            soort=item.soort,
            kosten=item.kosten,
            deelname=item.deelname,
            doelgroepen=[d.pk for d in mijn_groepen],
            talen=[t.pk for t in mijn_talen],
            wijken=[p.wijk_id for p in plekken],
            buurten=[p.buurt_id for p in plekken],
            rolstoel=any(p.rolstoeltoegankelijk for p in plekken),
            weekdagen=weekdagen.get(item.pk, ()),
        )
    rijen_klaar = klok.perf_counter()
    with connection.cursor() as cursor:
        for i in range(0, len(aanbod), BATCH):
            stuk = list(zip(aanbod[i : i + BATCH], delen[i : i + BATCH], strict=True))
            cursor.execute(
                VECTOR_SQL,
                [
                    [item.pk for item, _ in stuk],
                    *([deel[g] for _, deel in stuk] for g in "ABCTK"),
                ],
            )
    # The vocabulary, as zoektekst_bijwerken keeps it: typos, compounds and prefixes are
    # looked up there.
    woorden_toevoegen(item.zoektekst for item in aanbod)
    vectoren_klaar = klok.perf_counter()
    if zoekindexen:
        with connection.cursor() as cursor:
            # Deferred foreign key checks must run first: no index is built on pending triggers.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for definitie in zoekindexen:
                cursor.execute(definitie)
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    return {
        "aanbod": aantal,
        "organisaties": len(organisaties),
        "locaties": len(locaties),
        "aanbodlocaties": len(aanbodlocaties),
        "tijdsloten": len(sloten),
        "sluitingen": len(sluitingen),
        "rijen_s": rijen_klaar - begin,
        "zoekvector_s": vectoren_klaar - rijen_klaar,
        "indexen_s": klok.perf_counter() - vectoren_klaar,
        "totaal_s": klok.perf_counter() - begin,
    }


def _inhoud(rij: tuple) -> tuple:
    """Words of the search text and (lexeme, weights) of the vector, in any order: the real
    zoekdelen lists an offer's locations in whatever order the database returns them."""
    inhoud = (sorted(rij[1].split()),)
    if len(rij) > 2:
        vector = re.findall(r"'((?:[^']|'')*)'(?::([0-9A-D,]+))?", rij[2] or "")
        inhoud += (
            sorted(
                (lexeme, "".join(sorted(re.sub(r"[0-9]", "", p) or "D" for p in pos.split(","))))
                for lexeme, pos in vector
            ),
        )
    return inhoud


def zoektekst_controleren(steekproef: int = 50, *, seed: int = 1) -> dict[str, float]:
    """Recompute a sample with the real zoektekst_bijwerken: how many keep the same words and
    weights, and what that costs per offer (the full rebuild of manage.py zoektekst_bijwerken)."""
    ids = list(Aanbod.objects.values_list("pk", flat=True))
    ids = random.Random(seed).sample(ids, k=min(steekproef, len(ids)))
    velden = ["pk", "zoektekst"]
    from django.db.models import TextField
    from django.db.models.functions import Cast

    voor = Aanbod.objects.filter(pk__in=ids).annotate(v=Cast("zoekvector", TextField()))
    velden.append("v")
    eerst = {rij[0]: _inhoud(rij) for rij in voor.values_list(*velden)}
    begin = klok.perf_counter()
    zoektekst_bijwerken(ids)
    duur = klok.perf_counter() - begin
    daarna = {rij[0]: _inhoud(rij) for rij in voor.values_list(*velden)}
    verschillend = [pk for pk in ids if eerst[pk] != daarna[pk]]
    return {
        "steekproef": len(ids),
        "gelijk": len(ids) - len(verschillend),
        "verschillend": verschillend[:5],
        "ms_per_aanbod": duur * 1000 / max(1, len(ids)),
    }
