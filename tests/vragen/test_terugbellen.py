"""Follow-up calls: planning with consent, results, 'nog hulp nodig' back in the queue, the
proposal for vulnerable residents, moving and dropping a call."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from aanbod.models import Informatiepunt
from tests.conftest import amsterdam
from tests.factories import maak_aanbod, maak_gebruiker, maak_vraag
from vragen.models import (
    AuditActie,
    Belresultaat,
    Terugbelafspraak,
    TerugbelStatus,
    Uitkomst,
    VraagStatus,
)
from vragen.services import vraag_status_wijzigen
from vragen.terugbellen import (
    terugbelafspraak_laten_vervallen,
    terugbelafspraak_verzetten,
    terugbellen_plannen,
    terugbelresultaat_vastleggen,
    vraag_registreren_met_opvolging,
)

# Thursday 3 December 2026, 10:00: three working days on is Tuesday 8 December.
DONDERDAG = amsterdam(2026, 12, 3, 10)


def maak_informatiepunt(naam: str = "Wip Oost") -> Informatiepunt:
    return Informatiepunt.objects.create(naam=naam, aanbod=maak_aanbod(naam=naam))


def _met_telefoon(**velden):
    velden.setdefault("toestemming_contact", True)
    velden.setdefault("contact_naam", "Mevrouw Yılmaz")
    velden.setdefault("contact_telefoon", "06 - 12 34 56 78")
    return maak_vraag(**velden)


@pytest.fixture
def nu(zet_nu):
    return zet_nu(DONDERDAG)


@pytest.mark.django_db
def test_plannen_met_toestemming_zet_hem_op_de_lijst_van_het_informatiepunt(nu):
    punt = maak_informatiepunt()
    vrijwilliger = maak_gebruiker("vrijwilliger")
    vraag = _met_telefoon(door=vrijwilliger, informatiepunt=punt)
    afspraak = terugbellen_plannen(
        vraag=vraag,
        datum=date(2026, 12, 3),
        door=vrijwilliger,
        toestemming=True,
        reden="Vragen of de schuldhulp gebeld heeft",
    )
    assert afspraak.informatiepunt == punt
    assert afspraak.status == TerugbelStatus.GEPLAND and afspraak.toestemming
    assert list(Terugbelafspraak.objects.te_bellen_op()) == [afspraak]
    assert "Terugbellen gepland op donderdag 3 december 2026." in vraag.historie.last().notitie


@pytest.mark.django_db
def test_zonder_toestemming_wordt_er_niets_gepland(nu):
    vraag = _met_telefoon()
    with pytest.raises(ValidationError, match="toestemming"):
        terugbellen_plannen(vraag=vraag, datum=date(2026, 12, 4), door=None, toestemming=False)
    assert not Terugbelafspraak.objects.exists()


@pytest.mark.django_db
def test_zonder_telefoonnummer_of_in_het_verleden_kan_niet(nu):
    vraag = maak_vraag()
    with pytest.raises(ValidationError, match="telefoonnummer"):
        terugbellen_plannen(vraag=vraag, datum=date(2026, 12, 4), door=None, toestemming=True)
    with pytest.raises(ValidationError, match="vandaag of een dag later"):
        terugbellen_plannen(
            vraag=_met_telefoon(), datum=date(2026, 12, 2), door=None, toestemming=True
        )
    assert not Terugbelafspraak.objects.exists()


@pytest.mark.django_db
def test_later_gegeven_nummer_komt_bij_de_vraag_en_in_het_auditlog(nu):
    vrijwilliger = maak_gebruiker("vrijwilliger")
    vraag = maak_vraag(door=vrijwilliger)
    terugbellen_plannen(
        vraag=vraag,
        datum=date(2026, 12, 7),
        door=vrijwilliger,
        toestemming=True,
        telefoon="030-286 00 00",
    )
    vraag.refresh_from_db()
    assert vraag.contact_telefoon == "030-286 00 00" and vraag.toestemming_contact
    regel = vraag.auditregels.get()
    assert (regel.actie, regel.velden, regel.door) == (
        AuditActie.GEWIJZIGD,
        ["contact_telefoon"],
        vrijwilliger,
    )


@pytest.mark.django_db
def test_nog_hulp_nodig_heropent_een_gesloten_vraag(nu):
    vrijwilliger = maak_gebruiker("vrijwilliger")
    vraag = _met_telefoon(door=vrijwilliger)
    afspraak = terugbellen_plannen(
        vraag=vraag, datum=date(2026, 12, 3), door=vrijwilliger, toestemming=True
    )
    vraag_status_wijzigen(
        vraag=vraag, nieuwe_status=VraagStatus.AFGEHANDELD, uitkomst=Uitkomst.GEHOLPEN, door=None
    )
    terugbelresultaat_vastleggen(
        afspraak=afspraak,
        resultaat=Belresultaat.NOG_HULP_NODIG,
        notitie="Buurtteam heeft niet gebeld.",
        door=vrijwilliger,
    )
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.HEROPEND and vraag.is_open
    laatste = vraag.historie.last()
    assert laatste.naar_status == VraagStatus.HEROPEND
    assert "nog hulp nodig" in laatste.notitie and "Buurtteam" in laatste.notitie
    afspraak.refresh_from_db()
    assert (afspraak.status, afspraak.resultaat) == (
        TerugbelStatus.GEBELD,
        Belresultaat.NOG_HULP_NODIG,
    )
    assert not Terugbelafspraak.objects.te_bellen_op().exists()


@pytest.mark.django_db
def test_nog_hulp_nodig_bij_een_open_vraag_laat_hem_open_met_een_notitie(nu):
    vraag = _met_telefoon()
    afspraak = terugbellen_plannen(
        vraag=vraag, datum=date(2026, 12, 3), door=None, toestemming=True
    )
    terugbelresultaat_vastleggen(
        afspraak=afspraak, resultaat=Belresultaat.NOG_HULP_NODIG, door=maak_gebruiker()
    )
    vraag.refresh_from_db()
    assert vraag.status == VraagStatus.NIEUW
    assert "nog hulp nodig" in vraag.historie.last().notitie


@pytest.mark.django_db
def test_niet_bereikt_met_een_nieuwe_poging_en_geen_dubbele_uitslag(nu):
    vraag = _met_telefoon()
    afspraak = terugbellen_plannen(
        vraag=vraag, datum=date(2026, 12, 3), door=None, toestemming=True, reden="Hoe gaat het?"
    )
    wie = maak_gebruiker("vrijwilliger")
    terugbelresultaat_vastleggen(
        afspraak=afspraak,
        resultaat=Belresultaat.NIET_BEREIKT,
        door=wie,
        opnieuw_op=date(2026, 12, 4),
    )
    nieuwe = vraag.terugbelafspraken.gepland().get()
    assert (nieuwe.datum, nieuwe.reden) == (date(2026, 12, 4), "Hoe gaat het?")
    with pytest.raises(ValidationError, match="al afgehandeld"):
        terugbelresultaat_vastleggen(afspraak=afspraak, resultaat=Belresultaat.GEHOLPEN, door=wie)
    assert vraag.terugbelafspraken.filter(resultaat=Belresultaat.GEHOLPEN).count() == 0


@pytest.mark.django_db
def test_kwetsbare_inwoner_krijgt_een_voorstel_over_drie_werkdagen(nu):
    vraag = vraag_registreren_met_opvolging(
        tekst="Ik red het niet meer alleen thuis.",
        kanaal="balie",
        door=maak_gebruiker("vrijwilliger"),
        kwetsbaar=True,
        toestemming_contact=True,
        contact_telefoon="0612345678",
    )
    afspraak = vraag.terugbelafspraken.get()
    assert afspraak.voorgesteld and afspraak.datum == date(2026, 12, 8)
    # Staff can move or drop the proposal.
    medewerker = maak_gebruiker("medewerker")
    terugbelafspraak_verzetten(afspraak=afspraak, datum=date(2026, 12, 10), door=medewerker)
    afspraak.refresh_from_db()
    assert afspraak.datum == date(2026, 12, 10)
    terugbelafspraak_laten_vervallen(
        afspraak=afspraak, door=medewerker, reden="Wil niet gebeld worden"
    )
    afspraak.refresh_from_db()
    assert afspraak.status == TerugbelStatus.VERVALLEN
    assert not Terugbelafspraak.objects.gepland().exists()


@pytest.mark.django_db
def test_kwetsbaar_zonder_toestemming_krijgt_geen_voorstel(nu):
    vraag = vraag_registreren_met_opvolging(
        tekst="Ik ben alleen.", kanaal="balie", door=None, kwetsbaar=True
    )
    assert vraag.kwetsbaar and not vraag.terugbelafspraken.exists()


@pytest.mark.django_db
def test_zelf_gepland_bij_de_intake_gaat_voor_het_voorstel(nu):
    vraag = vraag_registreren_met_opvolging(
        tekst="Vraag over de huur.",
        kanaal="telefoon",
        door=None,
        kwetsbaar=True,
        toestemming_contact=True,
        contact_telefoon="0612345678",
        terugbellen_op=date(2026, 12, 4),
        terugbel_reden="Na het gesprek met de verhuurder",
    )
    afspraak = vraag.terugbelafspraken.get()
    assert (afspraak.datum, afspraak.voorgesteld) == (date(2026, 12, 4), False)
