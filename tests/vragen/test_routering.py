import pytest

from aanbod.models import Doelgroep, Thema, Wijk
from tests.factories import maak_organisatie, maak_regel, maak_vraag
from vragen.models import VraagStatus
from vragen.routering import regel_zoeken


def _zoek(themas=(), wijk=None, doelgroep=None):
    return regel_zoeken(
        thema_ids=set(Thema.objects.filter(slug__in=themas).values_list("pk", flat=True)),
        wijk=Wijk.objects.get(slug=wijk) if wijk else None,
        doelgroep=Doelgroep.objects.get(slug=doelgroep) if doelgroep else None,
    )


@pytest.mark.django_db
def test_eerste_passende_regel_wint_in_volgorde():
    breed = maak_regel(volgorde=20, thema="geld-en-schulden")
    smal = maak_regel(volgorde=10, thema="geld-en-schulden", wijk="oost")
    assert _zoek(themas=("geld-en-schulden",), wijk="oost") == smal
    assert _zoek(themas=("geld-en-schulden",), wijk="west") == breed
    smal.volgorde = 30
    smal.save()
    assert _zoek(themas=("geld-en-schulden",), wijk="oost") == breed


@pytest.mark.django_db
def test_lege_criteria_passen_altijd_en_alle_criteria_moeten_kloppen():
    doelgroep = maak_regel(volgorde=1, thema="wonen", doelgroep="ouderen")
    alles = maak_regel(volgorde=99)
    assert _zoek(themas=("wonen",), doelgroep="ouderen") == doelgroep
    assert _zoek(themas=("wonen",), doelgroep="jongeren") == alles
    assert _zoek(themas=("wonen",)) == alles
    assert _zoek() == alles


@pytest.mark.django_db
def test_inactieve_regel_telt_niet_en_zonder_regel_naar_coordinatoren():
    maak_regel(volgorde=1, thema="wonen", actief=False)
    assert _zoek(themas=("wonen",)) is None
    vraag = maak_vraag(themas=("wonen",), wijk="oost")
    assert vraag.aanspreekpunt_organisatie is None
    assert vraag.status == VraagStatus.NIEUW


@pytest.mark.django_db
def test_vraag_gaat_naar_aanspreekpunt_van_de_regel():
    dock = maak_organisatie(naam="DOCK")
    regel = maak_regel(organisatie=dock, wijk="overvecht", contactpersoon="Joyce", email="j@d.nl")
    vraag = maak_vraag(themas=("wonen",), wijk="overvecht")
    assert vraag.regel == regel
    assert vraag.aanspreekpunt_organisatie == dock
    assert (vraag.aanspreekpunt_naam, vraag.aanspreekpunt_email) == ("Joyce", "j@d.nl")
    assert vraag.status == VraagStatus.DOORVERWEZEN
    assert [h.naar_status for h in vraag.historie.all()] == ["nieuw", "doorverwezen"]
