"""Follow-up data follow retention and the resident's export and erase; viewing a number to
call is in the audit log."""

import json
from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import amsterdam
from tests.factories import maak_gebruiker, maak_vraag, otp_inloggen
from vragen.bewaartermijn import bewaartermijn_toepassen
from vragen.models import (
    AuditActie,
    AuditRegel,
    Belresultaat,
    Terugbelafspraak,
    TerugbelStatus,
    Uitkomst,
    VraagStatus,
)
from vragen.services import vraag_status_wijzigen
from vragen.terugbellen import terugbellen_plannen, terugbelresultaat_vastleggen

CONTACT = {
    "toestemming_contact": True,
    "contact_naam": "Henk de Wit",
    "contact_telefoon": "06-87654321",
    "contact_email": "henk@voorbeeld.example",
}


def _vraag_met_gesprekken(zet_nu, moment):
    """A question with one call done (with a personal note) and one still planned, closed."""
    zet_nu(moment)
    vraag = maak_vraag(**CONTACT)
    gedaan = terugbellen_plannen(
        vraag=vraag,
        datum=moment.date(),
        door=None,
        toestemming=True,
        reden="Schuldhulp na scheiding",
    )
    terugbelresultaat_vastleggen(
        afspraak=gedaan,
        resultaat=Belresultaat.GEHOLPEN,
        notitie="Henk slaapt slecht, dochter helpt.",
        door=maak_gebruiker("vrijwilliger"),
    )
    terugbellen_plannen(
        vraag=vraag, datum=moment.date(), door=None, toestemming=True, reden="Nog eens vragen"
    )
    return vraag_status_wijzigen(
        vraag=vraag, nieuwe_status=VraagStatus.AFGEHANDELD, uitkomst=Uitkomst.GEHOLPEN, door=None
    )


@pytest.mark.django_db
def test_bewaartermijn_wist_reden_en_notitie_en_laat_geplande_vervallen(zet_nu):
    vraag = _vraag_met_gesprekken(zet_nu, amsterdam(2025, 10, 1, 9))
    zet_nu(amsterdam(2026, 12, 3, 3))
    assert bewaartermijn_toepassen().aantal == 1
    afspraken = Terugbelafspraak.objects.filter(vraag=vraag)
    assert set(afspraken.values_list("reden", "notitie")) == {("", "")}
    assert not afspraken.gepland().exists()
    # The figures stay: dates and the result of the call that was made.
    assert afspraken.filter(resultaat=Belresultaat.GEHOLPEN, datum=date(2025, 10, 1)).exists()
    assert afspraken.filter(status=TerugbelStatus.VERVALLEN).count() == 1
    regel = AuditRegel.objects.get(vraag=vraag, actie=AuditActie.VERWIJDERD)
    assert "terugbelafspraken.tekst" in regel.velden


@pytest.mark.django_db
def test_bewaartermijn_laat_recente_gesprekken_staan(zet_nu):
    vraag = _vraag_met_gesprekken(zet_nu, amsterdam(2026, 11, 1, 9))
    zet_nu(amsterdam(2026, 12, 3, 3))
    assert bewaartermijn_toepassen().aantal == 0
    assert vraag.terugbelafspraken.filter(reden="Schuldhulp na scheiding").exists()


@pytest.mark.django_db
def test_export_en_verwijderen_op_verzoek_nemen_de_gesprekken_mee(client, zet_nu):
    vraag = _vraag_met_gesprekken(zet_nu, amsterdam(2026, 12, 1, 9))
    otp_inloggen(client, maak_gebruiker("coordinator"))
    antwoord = client.post(reverse("vragen:inwoner_export"), {"vragen": [vraag.uuid]})
    assert antwoord.status_code == 200
    gesprekken = json.loads(antwoord.content)["vragen"][0]["terugbellen"]
    assert [g["reden"] for g in gesprekken] == ["Schuldhulp na scheiding", "Nog eens vragen"]
    assert gesprekken[0]["resultaat"] == "Bereikt: geholpen"
    assert gesprekken[0]["notitie"] == "Henk slaapt slecht, dochter helpt."
    assert "terugbelafspraken" in AuditRegel.objects.get(actie=AuditActie.GEEXPORTEERD).velden

    antwoord = client.post(
        reverse("vragen:inwoner_verwijderen"),
        {"vragen": [vraag.uuid], "reden": "Verzoek per brief", "bevestigen": "on"},
    )
    assert antwoord.status_code == 302
    assert set(vraag.terugbelafspraken.values_list("reden", "notitie")) == {("", "")}
    assert not vraag.terugbelafspraken.gepland().exists()


@pytest.mark.django_db
def test_wie_het_nummer_opent_om_te_bellen_staat_in_het_auditlog(client):
    vrijwilliger = maak_gebruiker("vrijwilliger")
    vraag = maak_vraag(door=vrijwilliger, **CONTACT)
    afspraak = terugbellen_plannen(
        vraag=vraag, datum=date.today(), door=vrijwilliger, toestemming=True
    )
    voor = AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).count()
    otp_inloggen(client, vrijwilliger)
    antwoord = client.get(afspraak.get_absolute_url())
    assert antwoord.status_code == 200
    assert 'href="tel:0687654321"' in antwoord.text
    regel = AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).latest("pk")
    assert AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).count() == voor + 1
    assert (regel.vraag, regel.door, regel.reden) == (vraag, vrijwilliger, "terugbellen")
    assert regel.velden == ["contact_email", "contact_naam", "contact_telefoon"]
    # The list itself shows no contact details and logs nothing.
    lijst = client.get(reverse("vragen:terugbellen"))
    assert "06-87654321" not in lijst.text and "Henk" not in lijst.text
    assert AuditRegel.objects.filter(actie=AuditActie.BEKEKEN).count() == voor + 1
