"""Access control, proven: every named URL x every role gives what wijkportaal/toegang.py
says (a URL missing from the matrix fails), and no object is reachable by guessing an id."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.urls import reverse

from tests.toegang.gegevens import argumenten, client_voor, demo_laden
from wijkportaal.management.commands.toegangsmatrix import document
from wijkportaal.toegang import (
    ADMIN_LOGIN,
    INT_TOEGESTAAN,
    LOGIN,
    MATRIX,
    OVERGESLAGEN_VOORVOEGSELS,
    ROLLEN,
    TWEESTAPS,
    benoemde_urls,
)

DOC = Path(settings.BASE_DIR) / "docs" / "toegang.md"


def uitkomst(antwoord) -> int | str:
    """The status code, or LOGIN / ADMIN_LOGIN / 'tweestaps' for those redirects."""
    if antwoord.status_code == 302:
        doel = antwoord.url
        if doel.startswith(reverse("admin:login")):
            return ADMIN_LOGIN
        if doel.startswith(reverse("login")):
            return LOGIN
        if doel.startswith(reverse("tweestaps_instellen")):
            return TWEESTAPS
    return antwoord.status_code


def test_elke_benoemde_url_staat_in_de_matrix():
    namen = {u.naam for u in benoemde_urls()}
    te_controleren = {n for n in namen if not n.startswith(OVERGESLAGEN_VOORVOEGSELS)}
    ontbreekt = sorted(te_controleren - set(MATRIX))
    assert not ontbreekt, f"Zet deze URL's in wijkportaal/toegang.py (MATRIX): {ontbreekt}"
    verouderd = sorted(set(MATRIX) - namen)
    assert not verouderd, f"Deze URL's bestaan niet meer: {verouderd}"


def test_geen_opvolgende_nummers_in_urls():
    """Public URLs use slugs, UUIDs and signed tokens; an <int:> only where documented
    (and the admin, for staff only)."""
    met_getal = {
        u.naam
        for u in benoemde_urls()
        if {"IntConverter", "PathConverter"} & set(u.converters) and not u.naam.startswith("admin:")
    }
    assert met_getal <= set(INT_TOEGESTAAN), sorted(met_getal - set(INT_TOEGESTAAN))


@pytest.mark.django_db
def test_documentatie_is_bijgewerkt():
    assert DOC.read_text(encoding="utf-8") == document(), (
        "docs/toegang.md loopt achter: draai `DEBUG=1 python manage.py toegangsmatrix`"
    )


class Grenzen:
    """What the matrix cannot show in one cell: other organisations, other questions,
    the second step. (Mixed into MatrixTest so the demo loads once.)"""

    def test_geen_account_zonder_tweede_stap_komt_in_de_staf_paginas(self):
        """Review finding: staff and partners read contact details with a password only."""
        for rol in ("vrijwilliger", "medewerker", "partner", "coordinator", "superuser"):
            client = client_voor("anoniem", self.d)  # a fresh client
            client.force_login(self.d["gebruikers"][rol])
            for naam, regel in MATRIX.items():
                url = reverse(naam, kwargs=argumenten(naam, self.d, rol))
                if not url.startswith(tuple(settings.TWEESTAPS_PADEN)):
                    continue
                antwoord = client.post(url) if regel.methode == "POST" else client.get(url)
                assert uitkomst(antwoord) == TWEESTAPS, (rol, naam)

    def test_partner_ziet_de_vragen_van_een_andere_organisatie_niet(self):
        client = client_voor("partner", self.d)
        ander = self.d["andere_vraag"]
        for naam in ("vragen:detail", "vragen:briefje"):
            assert client.get(reverse(naam, args=[ander.uuid])).status_code == 404, naam
        for naam in ("vragen:status_wijzigen", "vragen:notitie"):
            antwoord = client.post(reverse(naam, args=[ander.uuid]), {"notitie": "x"})
            assert antwoord.status_code == 404, naam
        lijst = client.get(reverse("vragen:wachtrij")).text
        assert self.d["dock_vraag"].referentie in lijst
        assert ander.referentie not in lijst
        # Nor another organisation's offers.
        andere = self.d["ander_aanbod"].pk
        assert client.get(reverse("beheer:partner_wijzigen", args=[andere])).status_code == 404
        assert client.post(reverse("beheer:partner_klopt", args=[andere])).status_code == 404

    def test_vrijwilliger_ziet_alleen_eigen_vragen(self):
        client = client_voor("vrijwilliger", self.d)
        ander = self.d["andere_vraag"]  # logged by the medewerker
        assert client.get(reverse("vragen:detail", args=[ander.uuid])).status_code == 404
        assert ander.referentie not in client.get(reverse("vragen:wachtrij")).text

    def test_partnerlink_opent_maar_een_vraag(self):
        client = client_voor("linkhouder", self.d)
        token = self.d["dock_vraag"].partnertoken()
        assert client.get(reverse("vragen:partner", args=[token])).status_code == 200
        # Changing the token in any place breaks the signature.
        for kapot in (token[:-1] + ("A" if token[-1] != "A" else "B"), token + "x", "x" + token):
            assert client.get(reverse("vragen:partner", args=[kapot])).status_code == 404
        # The other question's link is another secret; acting uses the token's question.
        client.post(
            reverse("vragen:partner_actie", args=[token]), {"actie": "notitie", "notitie": "Ok"}
        )
        assert self.d["dock_vraag"].historie.filter(notitie="Ok").exists()
        assert not self.d["andere_vraag"].historie.filter(notitie="Ok").exists()

    def test_controlelink_alleen_voor_eigen_aanbod(self):
        client = client_voor("linkhouder", self.d)
        token = self.d["verzoek"].verificatietoken()
        vreemd = self.d["ander_aanbod"].pk
        url = reverse("beheer_publiek:controle_wijzigen", args=[token, vreemd])
        assert client.get(url).status_code == 404
        url = reverse("beheer_publiek:controle_klopt", args=[token, vreemd])
        assert client.post(url).status_code == 404

    def test_alleen_post_geeft_405_op_get(self):
        client = client_voor("superuser", self.d)
        for naam, regel in MATRIX.items():
            # Django's set_language answers a GET with a redirect and changes nothing.
            if regel.methode == "POST" and naam != "set_language":
                url = reverse(naam, kwargs=argumenten(naam, self.d, "superuser"))
                assert client.get(url).status_code == 405, naam


@override_settings(VRAGEN_ONLINE_PER_UUR=10_000, CORRECTIES_PER_UUR=10_000)
class MatrixTest(Grenzen, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.d = demo_laden()

    def setUp(self):
        cache.clear()

    def _verzoek(self, rol: str, naam: str):
        regel = MATRIX[naam]
        url = reverse(naam, kwargs=argumenten(naam, self.d, rol))
        client = client_voor(rol, self.d)
        if regel.methode == "POST":
            return client.post(url, regel.data)
        return client.get(url)

    def _controleer(self, rol: str) -> None:
        fouten = []
        for naam, regel in MATRIX.items():
            gekregen = uitkomst(self._verzoek(rol, naam))
            if gekregen != regel.verwacht[rol]:
                fouten.append(f"{naam}: verwacht {regel.verwacht[rol]}, kreeg {gekregen}")
        assert not fouten, f"{rol}:\n" + "\n".join(fouten)


def _maak_test(rol: str):
    def test(self):
        self._controleer(rol)

    test.__name__ = f"test_{rol}"
    test.__doc__ = f"Every URL in the matrix, as {rol}."
    return test


for _rol in ROLLEN:
    setattr(MatrixTest, f"test_{_rol}", _maak_test(_rol))
