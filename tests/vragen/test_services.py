import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from tests.factories import maak_aanbod, maak_gebruiker, maak_organisatie, maak_regel, maak_vraag
from vragen.models import StatusWijziging, Uitkomst, Vraag
from vragen.services import (
    OvergangNietToegestaan,
    vraag_aanspreekpunt_wijzigen,
    vraag_notitie_toevoegen,
    vraag_status_wijzigen,
)
from wijkportaal.mail import mails_versturen

N, D, B, W, A, G, H = (
    "nieuw",
    "doorverwezen",
    "in_behandeling",
    "wacht_op_inwoner",
    "afgehandeld",
    "geannuleerd",
    "heropend",
)
# Written out by hand, on purpose: the service's table must match this.
TOEGESTAAN = {
    N: {D, B, W, A, G},
    D: {N, B, W, A, G},
    B: {D, W, A, G},
    W: {B, A, G},
    A: {H},
    G: {H},
    H: {D, B, W, A, G},
}
ALLE = [N, D, B, W, A, G, H]


def _in_status(status: str) -> Vraag:
    vraag = maak_vraag()
    Vraag.objects.filter(pk=vraag.pk).update(status=status)
    return Vraag.objects.get(pk=vraag.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("van", ALLE)
@pytest.mark.parametrize("naar", ALLE)
def test_elke_overgang_toegestaan_of_geweigerd(van, naar):
    vraag = _in_status(van)
    uitkomst = Uitkomst.GEHOLPEN if naar == A else None
    voor = vraag.historie.count()
    if naar in TOEGESTAAN[van]:
        vraag = vraag_status_wijzigen(vraag=vraag, nieuwe_status=naar, door=None, uitkomst=uitkomst)
        assert vraag.status == naar
        laatste = vraag.historie.last()
        assert (laatste.van_status, laatste.naar_status) == (van, naar)
        assert vraag.historie.count() == voor + 1
    else:
        with pytest.raises(OvergangNietToegestaan):
            vraag_status_wijzigen(vraag=vraag, nieuwe_status=naar, door=None, uitkomst=uitkomst)
        assert Vraag.objects.get(pk=vraag.pk).status == van
        assert vraag.historie.count() == voor


@pytest.mark.django_db
def test_afhandelen_vraagt_uitkomst_en_andere_status_geen_uitkomst():
    vraag = maak_vraag()
    with pytest.raises(ValidationError):
        vraag_status_wijzigen(vraag=vraag, nieuwe_status=A, door=None)
    with pytest.raises(ValidationError):
        vraag_status_wijzigen(vraag=vraag, nieuwe_status=B, door=None, uitkomst="geholpen")
    vraag = vraag_status_wijzigen(
        vraag=vraag, nieuwe_status=A, door=None, uitkomst=Uitkomst.GEEN_PASSEND_AANBOD
    )
    assert vraag.uitkomst == "geen_passend_aanbod"
    assert vraag.afgesloten_op is not None
    vraag = vraag_status_wijzigen(vraag=vraag, nieuwe_status=H, door=None)
    assert (vraag.uitkomst, vraag.afgesloten_op) == ("", None)
    # The signal survives in the history after reopening.
    assert vraag.historie.filter(uitkomst="geen_passend_aanbod").count() == 1


@pytest.mark.django_db
def test_historie_is_alleen_aanvullen():
    vraag = maak_vraag()
    regel = vraag.historie.get()
    regel.notitie = "achteraf veranderd"
    with pytest.raises(ValueError):
        regel.save()
    assert StatusWijziging.objects.get(pk=regel.pk).notitie == ""


@pytest.mark.django_db
def test_direct_beantwoord_sluit_in_dezelfde_stap():
    vrijwilliger = maak_gebruiker("vrijwilliger")
    maak_regel()  # would route it, but it was answered on the spot
    aanbod = maak_aanbod()
    vraag = maak_vraag(door=vrijwilliger, aanbod=[aanbod], direct_uitkomst=Uitkomst.GEHOLPEN)
    assert vraag.status == A
    assert vraag.uitkomst == "geholpen"
    assert vraag.aanspreekpunt_organisatie is None
    assert list(vraag.aanbod.all()) == [aanbod]
    assert [h.naar_status for h in vraag.historie.all()] == [N, A]


@pytest.mark.django_db
def test_contactgegevens_alleen_met_toestemming():
    with pytest.raises(ValidationError):
        maak_vraag(contact_telefoon="06 12345678")
    assert not Vraag.objects.exists()
    vraag = maak_vraag(toestemming_contact=True, contact_telefoon="06 12345678")
    assert vraag.contact_telefoon == "06 12345678"


@pytest.mark.django_db
def test_afwijzen_door_aanspreekpunt_terug_naar_coordinatoren():
    maak_regel()
    vraag = maak_vraag()
    oude_sleutel = vraag.partnersleutel
    vraag = vraag_status_wijzigen(vraag=vraag, nieuwe_status=N, door=None, notitie="Vol")
    assert vraag.aanspreekpunt_organisatie is None
    assert vraag.partnersleutel != oude_sleutel


@pytest.mark.django_db
def test_ander_aanspreekpunt_met_reden(django_capture_on_commit_callbacks):
    medewerker = maak_gebruiker("medewerker")
    maak_regel()
    vraag = maak_vraag()
    ander = maak_organisatie(naam="Lister")
    with pytest.raises(ValidationError):
        vraag_aanspreekpunt_wijzigen(
            vraag=vraag,
            organisatie=ander,
            contactpersoon="Kim",
            email="kim@lister.example",
            reden=" ",
            door=medewerker,
        )
    mails_versturen()  # the mail to the first aanspreekpunt
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        vraag = vraag_aanspreekpunt_wijzigen(
            vraag=vraag,
            organisatie=ander,
            contactpersoon="Kim",
            email="kim@lister.example",
            reden="Kent de inwoner al",
            door=medewerker,
        )
    assert vraag.aanspreekpunt_organisatie == ander
    assert vraag.regel is None
    assert vraag.afwijkingsreden == "Kent de inwoner al"
    assert "Kent de inwoner al" in vraag.historie.last().notitie
    mails_versturen()
    assert [m.to for m in mail.outbox] == [["kim@lister.example"]]


@pytest.mark.django_db
def test_notitie_verandert_status_niet():
    vraag = maak_vraag()
    vraag_notitie_toevoegen(vraag=vraag, notitie="Gebeld, geen gehoor", door=None)
    laatste = Vraag.objects.get(pk=vraag.pk).historie.last()
    assert laatste.is_notitie
    assert laatste.notitie == "Gebeld, geen gehoor"
    assert Vraag.objects.get(pk=vraag.pk).status == N
