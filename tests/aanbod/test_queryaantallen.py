"""Every public page makes the same number of queries with 3 rows as with 30 (no N+1)."""

from datetime import date, time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from aanbod.models import Aanbod, AanbodLocatie, Soort, Taal
from tests.conftest import amsterdam
from tests.factories import (
    maak_aanbod,
    maak_locatie,
    maak_organisatie,
    maak_sluiting,
    maak_tijdslot,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("zonder_paginacache")]

WIJKEN = ["oost", "west", "overvecht", "binnenstad", "zuidwest"]


def queries(client, url: str, **kwargs) -> int:
    client.get(url, **kwargs)  # warm up: sessions, caches, content types
    with CaptureQueriesContext(connection) as vastgelegd:
        response = client.get(url, **kwargs)
    assert response.status_code == 200, url
    return len(vastgelegd.captured_queries)


def vul_aan(organisatie, tot: int) -> None:
    """Grow the catalogue to ``tot`` offers, each rich: themes, groups, languages, times,
    a closure, a second location, all open on Monday morning and on in the agenda."""
    talen = list(Taal.objects.filter(code__in=["nl", "ar"]))
    while Aanbod.objects.count() < tot:
        i = Aanbod.objects.count()
        aanbod = maak_aanbod(
            naam=f"Koffie en meer {i:02}",
            organisatie=organisatie,
            wijk=WIJKEN[i % len(WIJKEN)],
            soort=Soort.ACTIVITEIT,
            themas=("ontmoeting", "praktische-hulp"),
            doelgroepen=("iedereen", "ouderen"),
            tijden=((0, time(9), time(12)), (2, time(14), time(16))),
        )
        aanbod.talen.set(talen)
        al = aanbod.aanbodlocaties.get()
        maak_sluiting(al, date(2026, 3, 4), reden="Studiedag")
        tweede = AanbodLocatie.objects.create(aanbod=aanbod, locatie=maak_locatie("binnenstad"))
        maak_tijdslot(tweede, weekdag=3, opent=time(19), sluit=time(21))


URLS = [
    "/",
    "/?wijk=oost",
    "/aanbod/",
    "/aanbod/?q=koffie",
    "/aanbod/?wijk=oost&thema=ontmoeting&thema=praktische-hulp&doelgroep=ouderen&taal=ar"
    "&soort=activiteit&dag=ma&gratis=on&binnenlopen=on&nu_open=on",
    "/aanbod/?buurt=wilhelminapark-eo&rolstoel=on",
    "/aanbod/?page=2",
    "/kaart/",
    "/kaart/?q=koffie&wijk=oost&nu_open=on",
    "/agenda/",
    "/agenda/?wijk=oost&thema=ontmoeting",
]


@pytest.mark.parametrize("url", URLS)
def test_lijstpagina_evenveel_queries_bij_3_en_30_aanbod(client, zet_nu, url):
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    organisatie = maak_organisatie()
    vul_aan(organisatie, 3)
    bij_3 = queries(client, url)
    vul_aan(organisatie, 30)
    bij_30 = queries(client, url)
    assert bij_3 == bij_30


def test_htmx_resultaten_evenveel_queries(client, zet_nu):
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    organisatie = maak_organisatie()
    vul_aan(organisatie, 3)
    bij_3 = queries(client, "/aanbod/?thema=ontmoeting", headers={"HX-Request": "true"})
    vul_aan(organisatie, 30)
    bij_30 = queries(client, "/aanbod/?thema=ontmoeting", headers={"HX-Request": "true"})
    assert bij_3 == bij_30


def test_organisatiepagina_evenveel_queries_bij_3_en_30_aanbod(client, zet_nu):
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    organisatie = maak_organisatie()
    vul_aan(organisatie, 3)
    bij_3 = queries(client, organisatie.get_absolute_url())
    vul_aan(organisatie, 30)
    bij_30 = queries(client, organisatie.get_absolute_url())
    assert bij_3 == bij_30


def test_detailpagina_evenveel_queries_bij_3_en_30_aanbod(client, zet_nu):
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    organisatie = maak_organisatie()
    vul_aan(organisatie, 3)
    aanbod = Aanbod.objects.first()
    bij_3 = queries(client, aanbod.get_absolute_url())
    vul_aan(organisatie, 30)
    bij_30 = queries(client, aanbod.get_absolute_url())
    assert bij_3 == bij_30


@pytest.mark.parametrize("pad", ["", "print/"])
def test_detailpagina_evenveel_queries_bij_3_en_30_locaties(client, zet_nu, pad):
    """One offer at many places (a chain): each place has its own times and closures."""
    zet_nu(amsterdam(2026, 3, 2, 10, 30))
    aanbod = maak_aanbod(wijk=None, telefoon="030 200 10 10")
    aanbod.talen.set(Taal.objects.filter(code__in=["nl", "en"]))

    def plekken(tot: int) -> None:
        while aanbod.aanbodlocaties.count() < tot:
            i = aanbod.aanbodlocaties.count()
            al = AanbodLocatie.objects.create(
                aanbod=aanbod,
                locatie=maak_locatie(WIJKEN[i % len(WIJKEN)], vertrouwelijk_adres=i == 0),
            )
            maak_tijdslot(al, weekdag=i % 7)
            maak_sluiting(al, date(2026, 3, 5))

    plekken(3)
    bij_3 = queries(client, f"{aanbod.get_absolute_url()}{pad}")
    plekken(30)
    bij_30 = queries(client, f"{aanbod.get_absolute_url()}{pad}")
    assert bij_3 == bij_30
