"""The rate limits of the public forms count people, not the proxy in front of the site."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from aanbod.models import Aanmelding
from beheer.models import Correctie
from tests.factories import maak_aanbod
from tests.gedeeld import redis_cache, redis_nodig
from vragen.models import Vraag
from wijkportaal.clientadres import client_ip, telsleutel

PROXY = "10.20.0.5"  # our load balancer, on the city's own network
LOADBALANCERS = ["10.20.0.0/24", "2001:db8:ffff::/48"]


def _ip(remote: str, doorgestuurd: str | None = None) -> str:
    extra = {"HTTP_X_FORWARDED_FOR": doorgestuurd} if doorgestuurd is not None else {}
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **extra))


@pytest.fixture
def achter_proxy(settings):
    settings.VERTROUWDE_PROXIES = LOADBALANCERS


def test_zonder_proxy_telt_alleen_remote_addr(settings):
    settings.VERTROUWDE_PROXIES = []
    assert _ip("203.0.113.7", "198.51.100.1") == "203.0.113.7"


def test_achter_de_proxy_de_inwoner(achter_proxy):
    assert _ip(PROXY, "203.0.113.7") == "203.0.113.7"
    # The resident's phone or a browser extension wrote something in front: ignored.
    assert _ip(PROXY, "1.2.3.4, 203.0.113.7") == "203.0.113.7"
    # Two of our proxies in a row (CDN edge, then the load balancer).
    assert _ip(PROXY, "203.0.113.7, 10.20.0.9") == "203.0.113.7"
    # Ports, IPv6 in brackets, IPv4 written as IPv6.
    assert _ip(PROXY, "203.0.113.7:51234") == "203.0.113.7"
    assert _ip(PROXY, "[2001:db8:1::7]:443") == "2001:db8:1::7"
    assert _ip("::ffff:10.20.0.5", "203.0.113.7") == "203.0.113.7"


def test_vervalst_doorgestuurd_adres_van_buiten_telt_niet(achter_proxy):
    """Someone on the internet talks to gunicorn directly and claims to be someone else."""
    assert _ip("198.51.100.66", "203.0.113.7") == "198.51.100.66"
    assert _ip("198.51.100.66", "10.20.0.5") == "198.51.100.66"


def test_rommel_in_de_kop_geeft_het_laatste_betrouwbare_adres(achter_proxy):
    assert _ip(PROXY, "unknown") == PROXY
    assert _ip(PROXY, "") == PROXY
    assert _ip(PROXY, "<script>, 10.20.0.9") == "10.20.0.9"
    assert _ip(PROXY, "\x00" * 50) == PROXY


def test_oude_vorm_een_getal_betekent_het_eigen_netwerk(settings):
    settings.VERTROUWDE_PROXIES = 1
    assert _ip("10.0.0.2", "203.0.113.5") == "203.0.113.5"
    assert _ip("198.51.100.66", "203.0.113.5") == "198.51.100.66"


def test_ipv6_telt_per_aansluiting(achter_proxy):
    """An IPv6 household picks any address of its /64: it is one counter."""
    verzoek = RequestFactory().get(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="2001:db8:1:2::abcd"
    )
    assert telsleutel(verzoek) == "2001:db8:1:2::/64"


# The three public forms, behind the proxy, with the counters in the shared cache (Redis).


@pytest.fixture
def gedeelde_cache(settings):
    redis_nodig()
    settings.CACHES = {"default": redis_cache(alias_prefix="test-limiet"), "paginas": redis_cache()}


def _vraag(tekst="Ik zoek hulp bij mijn belastingaangifte"):
    return {"tekst": tekst, "wijk": "oost", "website": ""}


@pytest.mark.django_db
def test_vraag_twee_inwoners_achter_de_proxy_apart_geteld(
    client, settings, achter_proxy, gedeelde_cache
):
    settings.VRAGEN_ONLINE_PER_UUR = 2
    fatima = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    kees = {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "198.51.100.23"}
    for _ in range(2):
        assert client.post("/vraag/versturen/", _vraag(), **fatima).status_code == 302
    te_veel = client.post("/vraag/versturen/", _vraag("Nog een vraag"), **fatima)
    assert te_veel.status_code == 400
    assert "Probeer het over een uur opnieuw" in te_veel.content.decode()
    # Fatima cannot escape the limit by writing her own X-Forwarded-For in front.
    vervalst = {**fatima, "HTTP_X_FORWARDED_FOR": "192.0.2.1, 203.0.113.7"}
    assert client.post("/vraag/versturen/", _vraag(), **vervalst).status_code == 400
    # Kees, behind the same proxy, is not shut out with her.
    assert client.post("/vraag/versturen/", _vraag(), **kees).status_code == 302
    assert Vraag.objects.count() == 3


@pytest.mark.django_db
def test_vraag_een_persoon_legt_de_stad_niet_plat(client, settings, achter_proxy, gedeelde_cache):
    """25 questions from one person, then 20 residents in a row: every resident gets through."""
    settings.VRAGEN_ONLINE_PER_UUR = 5
    for _ in range(25):
        client.post(
            "/vraag/versturen/", _vraag(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.99"
        )
    for i in range(20):
        antwoord = client.post(
            "/vraag/versturen/", _vraag(), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{i}"
        )
        assert antwoord.status_code == 302
    assert Vraag.objects.count() == 5 + 20


@pytest.mark.django_db
def test_vervalste_kop_van_een_onbekende_peer_telt_het_peer_adres(
    client, settings, achter_proxy, gedeelde_cache
):
    """From outside our proxies a new X-Forwarded-For on every request buys nothing."""
    settings.VRAGEN_ONLINE_PER_UUR = 2
    codes = [
        client.post(
            "/vraag/versturen/",
            _vraag(),
            REMOTE_ADDR="198.51.100.66",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{i}",
        ).status_code
        for i in range(4)
    ]
    assert codes == [302, 302, 400, 400]


@pytest.mark.django_db
def test_correcties_en_aanmeldingen_achter_de_proxy(client, settings, achter_proxy, gedeelde_cache):
    settings.CORRECTIES_PER_UUR = 1
    aanbod = maak_aanbod(naam="Taalcafé")
    url = reverse("beheer_publiek:correctie", args=[aanbod.slug])
    for i, verwacht in [(1, 302), (1, 400), (2, 302)]:
        antwoord = client.post(
            url,
            {"tekst": "De tijden kloppen niet meer"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{i}",
        )
        assert antwoord.status_code == verwacht
    assert Correctie.objects.count() == 2

    aanmelding = {
        "naam": "Buurtkoffie Snoekstraat",
        "beschrijving": "Elke week koffie drinken met de buren.",
        "waar": "Snoekstraat 12",
        "wijk": "oost",
        "wanneer": "Woensdag 10 uur",
        "voor_wie": "Iedereen",
        "kosten": "Gratis",
        "organisatie_naam": "Bewoners Snoekstraat",
        "contact_naam": "Fatima",
        "contact_email": "fatima@voorbeeld.example",
        "toestemming": "on",
    }
    for _ in range(6):
        client.post(
            reverse("aanbod:aanmelden"),
            aanmelding,
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR="203.0.113.50",
        )
    assert Aanmelding.objects.count() == 5
    antwoord = client.post(
        reverse("aanbod:aanmelden"),
        aanmelding,
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="203.0.113.51",
    )
    assert antwoord.status_code == 302
    assert Aanmelding.objects.count() == 6
