"""Review finding: retention skipped open questions (a three-year-old open question kept its
contact details), initiative proposals and unhandled corrections; sessions were never
cleared."""

from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone

from aanbod.models import Aanmelding, AanmeldingStatus
from beheer.models import Correctie
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_vraag
from vragen.bewaartermijn import VERWIJDERD
from vragen.models import Vraag

pytestmark = pytest.mark.django_db


def _aanmelding(**velden) -> Aanmelding:
    return Aanmelding.objects.create(
        naam="Buurtkoffie",
        beschrijving="Koffie",
        waar="Snoekstraat",
        wanneer="Woensdag",
        contact_naam="Fatima",
        contact_email="fatima@voorbeeld.example",
        contact_telefoon="06-12345678",
        **velden,
    )


def test_open_vraag_van_drie_jaar_oud_verliest_haar_contactgegevens(zet_nu):
    zet_nu(amsterdam(2023, 11, 1, 10))
    oud = maak_vraag(
        toestemming_contact=True, contact_naam="Piet", contact_email="piet@voorbeeld.example"
    )
    Vraag.objects.filter(pk=oud.pk).update(aangemaakt=amsterdam(2023, 11, 1, 10))
    zet_nu(amsterdam(2026, 6, 1, 10))
    recent = maak_vraag(toestemming_contact=True, contact_naam="Anna")
    Vraag.objects.filter(pk=recent.pk).update(aangemaakt=amsterdam(2026, 6, 1, 10))
    zet_nu(amsterdam(2026, 12, 3, 3))
    call_command("bewaartermijn", stdout=StringIO())
    oud.refresh_from_db()
    assert (oud.contact_naam, oud.contact_email, oud.tekst) == ("", "", VERWIJDERD)
    assert oud.geanonimiseerd_op is not None
    assert Vraag.objects.get(pk=recent.pk).contact_naam == "Anna"


def test_aanmeldingen_na_de_termijn_zonder_contactgegevens(zet_nu):
    zet_nu(amsterdam(2025, 1, 5, 10))
    wacht_al_lang = _aanmelding()
    behandeld_lang_geleden = _aanmelding(
        status=AanmeldingStatus.AFGEWEZEN, behandeld_op=amsterdam(2025, 2, 1)
    )
    zet_nu(amsterdam(2026, 11, 1, 10))
    nieuw = _aanmelding()
    zet_nu(amsterdam(2026, 12, 3, 3))
    uit = StringIO()
    call_command("bewaartermijn", "--dry-run", stdout=uit)
    assert "Aanmeldingen van initiatieven: contactgegevens van 2 zou wissen." in uit.getvalue()
    assert Aanmelding.objects.get(pk=wacht_al_lang.pk).contact_email

    call_command("bewaartermijn", stdout=uit)
    for oud in (wacht_al_lang, behandeld_lang_geleden):
        oud.refresh_from_db()
        assert (oud.contact_email, oud.contact_telefoon) == ("", "")
        assert "Fatima" not in oud.contact_naam
    assert Aanmelding.objects.get(pk=nieuw.pk).contact_email == "fatima@voorbeeld.example"


def test_onbehandelde_correctie_verliest_het_mailadres(zet_nu):
    aanbod = maak_aanbod()
    zet_nu(amsterdam(2024, 3, 1, 10))
    oud = Correctie.objects.create(aanbod=aanbod, tekst="Tijden kloppen niet", email="a@b.example")
    zet_nu(amsterdam(2026, 11, 1, 10))
    nieuw = Correctie.objects.create(aanbod=aanbod, tekst="Adres klopt niet", email="c@d.example")
    zet_nu(amsterdam(2026, 12, 3, 3))
    call_command("bewaartermijn", stdout=StringIO())
    assert Correctie.objects.get(pk=oud.pk).email == ""
    assert Correctie.objects.get(pk=oud.pk).tekst == "Tijden kloppen niet"
    assert Correctie.objects.get(pk=nieuw.pk).email == "c@d.example"


def test_verlopen_sessies_worden_opgeruimd():
    nu = timezone.now()
    Session.objects.create(session_key="a" * 32, session_data="x", expire_date=nu - timedelta(1))
    Session.objects.create(session_key="b" * 32, session_data="x", expire_date=nu + timedelta(1))
    call_command("bewaartermijn", stdout=StringIO())
    assert list(Session.objects.values_list("session_key", flat=True)) == ["b" * 32]
