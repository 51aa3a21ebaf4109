"""The relevance set measured (make bench-relevantie): how often search puts a right offer in
the top 3 of the demo catalogue, per set of tests/aanbod/relevantieset.py, and how often it
finds nothing. The test suite asserts the targets (tests/aanbod/test_relevantie.py); this
prints the figures and, with --missers, every miss with what search made of the query.

    .venv/bin/python -m bench.relevantie [--missers zinnen] [--behouden]

Uses a database of its own (wp_bench_relevantie) on the configured server: migrated, the demo
catalogue loaded and analysed (the rarity of words comes from PostgreSQL's statistics).
"""

import argparse
import os
import sys
import time

SETS = ("catalogus", "zinnen", "controle", "controle2")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--missers", nargs="*", default=[], choices=SETS, help="show misses")
    parser.add_argument("--behouden", action="store_true", help="reuse the loaded database")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkportaal.settings")
    from bench.databank import bench_database

    bench_database("wp_bench_relevantie", opnieuw=not args.behouden)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from aanbod.demo import catalogus_laden
    from aanbod.models import Aanbod
    from aanbod.zoeken import zoek
    from aanbod.zoeken.vraag import lezen
    from tests.aanbod.relevantieset import (
        CATALOGUSWOORDEN,
        ZINNEN,
        ZINNEN_CONTROLE,
        ZINNEN_CONTROLE_2,
    )

    if not args.behouden:
        call_command("migrate", verbosity=0)
        catalogus_laden()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE aanbod_aanbod")
    qs = Aanbod.objects.zichtbaar()
    namen = dict(Aanbod.objects.values_list("pk", "naam"))
    sets = {
        "catalogus": CATALOGUSWOORDEN,
        "zinnen": ZINNEN,
        "controle": ZINNEN_CONTROLE,
        "controle2": ZINNEN_CONTROLE_2,
    }
    print(f"{'set':<12}{'queries':>8}{'top-3':>9}{'nothing':>9}{'ms/query':>10}")
    for naam, vragen in sets.items():
        begin = time.perf_counter()
        missers, leeg = [], 0
        for vraag, goed in vragen:
            ids = zoek(qs, vraag).ids
            leeg += not ids
            top = [namen[pk] for pk in ids[:3]]
            if not set(goed) & set(top):
                missers.append((vraag, top, goed))
        duur = (time.perf_counter() - begin) * 1000 / len(vragen)
        raak = 1 - len(missers) / len(vragen)
        print(f"{naam:<12}{len(vragen):>8}{raak:>9.1%}{leeg / len(vragen):>9.1%}{duur:>10.1f}")
        if naam in args.missers:
            for vraag, top, goed in missers:
                gelezen = lezen(vraag)
                groepen = ", ".join(f"{g.naam} ({g.gewicht:.2f})" for g in gelezen.groepen)
                print(f"  miss: {vraag!r}\n    read as: {groepen}\n    top 3: {top}")
                print(f"    right: {goed[:4]}")


if __name__ == "__main__":
    main(sys.argv[1:])
