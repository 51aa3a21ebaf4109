"""Retention: personal data of questions closed longer than the period is wiped, figures stay."""

from collections import Counter
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings

from beheer.cijfers import rapportage, vraagcijfers
from tests.beheer.gegevens import bekende_vragen
from tests.conftest import amsterdam
from tests.factories import maak_organisatie, maak_regel, maak_vraag
from vragen.bewaartermijn import (
    VERWIJDERD,
    bewaartermijn_toepassen,
    maanden_terug,
)
from vragen.models import (
    AuditActie,
    AuditRegel,
    StatusWijziging,
    Uitkomst,
    Vraag,
    VraagStatus,
)
from vragen.services import vraag_notitie_toevoegen, vraag_status_wijzigen
from wijkportaal.models import Mailbericht

CONTACT = {
    "toestemming_contact": True,
    "contact_naam": "Fatima de Vries",
    "contact_telefoon": "06-12345678",
    "contact_email": "fatima@voorbeeld.example",
}


def _gesloten_vraag(zet_nu, moment, **velden):
    """A question with contact details, a note, a mail and history, closed at ``moment``."""
    zet_nu(moment)
    velden = {**CONTACT, "themas": ("geld-en-schulden",), "wijk": "oost", **velden}
    velden.setdefault("notitie", "Mevrouw heeft schulden bij de woningcorporatie.")
    vraag = maak_vraag(**velden)
    vraag_notitie_toevoegen(vraag=vraag, notitie="Gebeld met haar dochter.", door=None)
    Mailbericht.objects.create(
        betreft=vraag, aan=CONTACT["contact_email"], onderwerp="Je vraag", tekst="Beste Fatima"
    )
    return vraag_status_wijzigen(
        vraag=vraag,
        nieuwe_status=VraagStatus.AFGEHANDELD,
        uitkomst=Uitkomst.GEHOLPEN,
        door=None,
        notitie="Doorverwezen naar de schuldhulp, adres Kanaalweg 5.",
    )


def _thema_x_wijk() -> Counter:
    return Counter(
        {
            (r["themas__slug"], r["wijk__slug"], r["status"], r["uitkomst"], r["kanaal"]): r["n"]
            for r in Vraag.objects.values(
                "themas__slug", "wijk__slug", "status", "uitkomst", "kanaal"
            ).annotate(n=Count("pk", distinct=True))
        }
    )


def test_maanden_terug_houdt_rekening_met_korte_maanden():
    assert maanden_terug(amsterdam(2027, 3, 31, 12), 1) == amsterdam(2027, 2, 28, 12)
    assert maanden_terug(amsterdam(2027, 1, 15), 12) == amsterdam(2026, 1, 15)
    assert maanden_terug(amsterdam(2028, 2, 29), 12) == amsterdam(2027, 2, 28)


@pytest.mark.django_db
def test_na_de_termijn_gewist_ervoor_niet(zet_nu, client):
    oud = _gesloten_vraag(zet_nu, amsterdam(2026, 1, 10, 10))
    recent = _gesloten_vraag(zet_nu, amsterdam(2026, 3, 10, 10))
    zet_nu(amsterdam(2026, 3, 1, 9))
    open_en_recent = maak_vraag(**CONTACT, notitie="Nog bezig")
    zet_nu(amsterdam(2027, 2, 1, 3))  # 12 months after 1 February 2026

    resultaat = bewaartermijn_toepassen()

    assert (resultaat.aantal, resultaat.met_contactgegevens) == (1, 1)
    oud.refresh_from_db()
    assert (oud.contact_naam, oud.contact_telefoon, oud.contact_email) == ("", "", "")
    assert oud.tekst == VERWIJDERD
    assert oud.notitie == ""
    assert oud.geanonimiseerd_op == amsterdam(2027, 2, 1, 3)
    assert set(oud.historie.values_list("notitie", flat=True)) == {""}
    assert list(oud.mails.values_list("aan", "tekst")) == [("", "")]
    # The anonymous facts stay.
    assert (oud.status, oud.uitkomst, oud.wijk.slug, oud.kanaal) == (
        VraagStatus.AFGEHANDELD,
        Uitkomst.GEHOLPEN,
        "oost",
        "balie",
    )
    assert [t.slug for t in oud.themas.all()] == ["geld-en-schulden"]
    assert oud.historie.count() == 3
    assert oud.afgesloten_op == amsterdam(2026, 1, 10, 10)
    # Closed too recently, or open and asked within the term: untouched.
    for vraag in (recent, open_en_recent):
        vraag.refresh_from_db()
        assert vraag.contact_naam == "Fatima de Vries"
        assert vraag.geanonimiseerd_op is None
    assert recent.historie.exclude(notitie="").count() == 2


@pytest.mark.django_db
def test_statuslink_en_partnerlink_werken_daarna_niet_meer(zet_nu, client):
    regel = maak_regel(organisatie=maak_organisatie(naam="DOCK"), thema="geld-en-schulden")
    vraag = _gesloten_vraag(zet_nu, amsterdam(2026, 1, 10, 10))
    assert vraag.aanspreekpunt_organisatie == regel.organisatie
    link = vraag.partnerlink()
    assert client.get(vraag.statuslink()).status_code == 200
    assert client.get(link).status_code == 200

    zet_nu(amsterdam(2027, 6, 1))
    bewaartermijn_toepassen()

    antwoord = client.get(vraag.statuslink())
    assert antwoord.status_code == 410
    assert "Deze link werkt niet meer" in antwoord.text
    assert "geld" not in antwoord.text.lower()
    assert client.get(link).status_code == 404


@pytest.mark.django_db
def test_cijfers_per_thema_en_wijk_blijven_gelijk(zet_nu):
    bekende_vragen()  # seven questions in January and February 2026, with history
    for maand in (1, 2):
        _gesloten_vraag(zet_nu, amsterdam(2026, maand, 12, 11), wijk="west")
    zet_nu(amsterdam(2026, 3, 10))
    voor = (_thema_x_wijk(), vraagcijfers(date(2026, 1, 1), date(2026, 2, 28)))
    rapport_voor = rapportage(date(2026, 1, 1), date(2026, 2, 28), vandaag=date(2026, 3, 10))

    zet_nu(amsterdam(2027, 12, 1))
    resultaat = bewaartermijn_toepassen()
    # Closed ones and, since the review, open ones asked before the term too.
    assert resultaat.aantal == Vraag.objects.count()
    assert resultaat.aantal >= 5

    zet_nu(amsterdam(2026, 3, 10))
    assert (_thema_x_wijk(), vraagcijfers(date(2026, 1, 1), date(2026, 2, 28))) == voor
    rapport_na = rapportage(date(2026, 1, 1), date(2026, 2, 28), vandaag=date(2026, 3, 10))
    assert rapport_na["totaal"] == rapport_voor["totaal"]
    assert rapport_na["kanaal"].rijen == rapport_voor["kanaal"].rijen


@pytest.mark.django_db
def test_tweede_keer_verandert_niets_en_droog_telt_alleen(zet_nu):
    vraag = _gesloten_vraag(zet_nu, amsterdam(2026, 1, 10, 10))
    zet_nu(amsterdam(2027, 6, 1))
    uit = StringIO()
    call_command("bewaartermijn", "--dry-run", stdout=uit)
    assert "1 vraag/vragen zou wissen, waarvan 1 met contactgegevens" in uit.getvalue()
    vraag.refresh_from_db()
    assert vraag.contact_naam == "Fatima de Vries"
    assert not AuditRegel.objects.filter(actie=AuditActie.VERWIJDERD).exists()

    uit = StringIO()
    call_command("bewaartermijn", stdout=uit)
    assert "1 vraag/vragen gewist" in uit.getvalue()
    eerste = Vraag.objects.get(pk=vraag.pk).geanonimiseerd_op

    zet_nu(amsterdam(2027, 6, 2))
    uit = StringIO()
    call_command("bewaartermijn", stdout=uit)
    assert "0 vraag/vragen gewist" in uit.getvalue()
    assert Vraag.objects.get(pk=vraag.pk).geanonimiseerd_op == eerste
    regel = AuditRegel.objects.get(actie=AuditActie.VERWIJDERD)
    assert regel.vraag == vraag and regel.door is None
    assert "bewaartermijn" in regel.wie
    assert set(regel.velden) >= {"contact_naam", "contact_email", "tekst", "historie.notitie"}


@pytest.mark.django_db
@override_settings(VRAGEN_BEWAARTERMIJN_MAANDEN=3)
def test_termijn_is_instelbaar(zet_nu):
    vraag = _gesloten_vraag(zet_nu, amsterdam(2026, 1, 10, 10))
    zet_nu(amsterdam(2026, 4, 9))
    assert bewaartermijn_toepassen().aantal == 0
    zet_nu(amsterdam(2026, 4, 11))
    assert bewaartermijn_toepassen().aantal == 1
    vraag.refresh_from_db()
    assert vraag.is_geanonimiseerd


@pytest.mark.django_db
def test_alles_of_niets(zet_nu, monkeypatch):
    """A failure halfway rolls back the whole run: no question half wiped."""
    eerste = _gesloten_vraag(zet_nu, amsterdam(2026, 1, 10, 10))
    tweede = _gesloten_vraag(zet_nu, amsterdam(2026, 1, 11, 10))
    zet_nu(amsterdam(2027, 6, 1))
    origineel = StatusWijziging.objects.filter

    def kapot(*args, **kwargs):
        if kwargs.get("vraag") == tweede or kwargs.get("vraag") == tweede.pk:
            raise RuntimeError("schijf vol")
        return origineel(*args, **kwargs)

    monkeypatch.setattr(StatusWijziging.objects, "filter", kapot)
    with pytest.raises(RuntimeError):
        bewaartermijn_toepassen()
    for vraag in (eerste, tweede):
        vraag.refresh_from_db()
        assert vraag.geanonimiseerd_op is None
        assert vraag.contact_naam == "Fatima de Vries"
