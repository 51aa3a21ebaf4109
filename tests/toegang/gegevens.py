"""The demo data, the seven roles, and the URL parameters each role would have."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.test import Client
from django.utils import timezone

from aanbod import demo
from aanbod.models import Aanbod, Gegevensbron, Organisatie
from beheer.demo import beheer_demo_laden
from beheer.models import Correctie, Verificatieverzoek, Wijzigingsvoorstel
from beheer.models.verificatie import VERIFICATIELINK
from opendata.taxonomie import TAXONOMIEEN, alle_termen
from tests.factories import maak_regel, maak_vraag, otp_inloggen
from vragen.demo import vragen_laden
from vragen.models import TERUGKOPPELLINK, Vraag, VraagStatus
from vragen.models.vraag import PARTNERLINK, nieuwe_statuscode
from vragen.terugbellen import terugbellen_plannen
from wijkportaal.models import Mailbericht

CONTACT = {
    "toestemming_contact": True,
    "contact_naam": "Inwoner Test",
    "contact_telefoon": "06 99887766",
}


def geraden_token(salt: str, inhoud: dict) -> str:
    """A well-formed link token signed with a key we do not use: what a guesser could make."""
    return signing.TimestampSigner(key="geraden-sleutel", salt=salt).sign_object(inhoud)


def demo_laden() -> dict:
    """The demo (catalogue, accounts, questions, proposals) plus a few rows with known owners."""
    demo.catalogus_laden()
    demo.accounts_maken()
    demo.informatiepunten_laden()
    demo.aanmeldingen_laden()
    vragen_laden()
    beheer_demo_laden()
    gebruikers = {
        g.username: g
        for g in get_user_model().objects.filter(
            username__in=["vrijwilliger", "medewerker", "coordinator", "partner"]
        )
    }
    gebruikers["superuser"] = get_user_model().objects.create_superuser(
        "baas", "baas@wijkportaal.example", "geheim-wachtwoord"
    )
    dock = Organisatie.objects.get(hsds_id=demo.demo_id("organisatie", "dock"))
    ander = Organisatie.objects.exclude(pk=dock.pk).order_by("pk").first()
    maak_regel(organisatie=dock, thema="geld-en-schulden", volgorde=0)
    maak_regel(organisatie=ander, thema="wonen", volgorde=1)
    dock_vraag = maak_vraag(
        themas=("geld-en-schulden",), door=gebruikers["vrijwilliger"], **CONTACT
    )
    andere_vraag = maak_vraag(themas=("wonen",), door=gebruikers["medewerker"], **CONTACT)
    assert dock_vraag.aanspreekpunt_organisatie == dock
    assert andere_vraag.aanspreekpunt_organisatie == ander
    dock_aanbod = Aanbod.objects.zichtbaar().filter(organisatie=dock).order_by("pk").first()
    aanbod = Aanbod.objects.zichtbaar().order_by("pk").first()
    locatie = aanbod.aanbodlocaties.first()
    return {
        "gebruikers": gebruikers,
        "dock": dock,
        "ander": ander,
        "dock_vraag": dock_vraag,
        "andere_vraag": andere_vraag,
        "dock_aanbod": dock_aanbod,
        "ander_aanbod": Aanbod.objects.zichtbaar().exclude(organisatie=dock).first(),
        "aanbod": aanbod,
        "locatie": locatie,
        "mail": Mailbericht.objects.create(
            betreft=dock_vraag, aan="x@partner.example", onderwerp="Test", tekst="Test"
        ),
        "verzoek": Verificatieverzoek.objects.create(organisatie=dock, aan="x@dock.example"),
        "correctie": Correctie.objects.order_by("pk").first(),
        "voorstel": Wijzigingsvoorstel.objects.order_by("pk").first(),
        "aanmelding": demo_aanmelding(),
        # A call of the volunteer's own informatiepunt about the DOCK question.
        "terugbelafspraak": terugbellen_plannen(
            vraag=dock_vraag,
            datum=timezone.localdate(),
            door=gebruikers["vrijwilliger"],
            toestemming=True,
            informatiepunt=gebruikers["vrijwilliger"].informatiepunten.first(),
        ),
        # A source that cannot be fetched: refreshing it is quick and only logs a failed run.
        "bron": Gegevensbron.objects.create(naam="Onbereikbaar", url="http://127.0.0.1:9/h.zip"),
    }


def demo_aanmelding():
    from aanbod.models import Aanmelding

    return Aanmelding.objects.order_by("pk").first()


def argumenten(naam: str, d: dict, rol: str) -> dict:
    """The URL parameters of ``naam`` as ``rol`` would have them: secret tokens only for
    the role that holds the link, a guessed one for everyone else."""
    vraag = d["dock_vraag"]
    houder = rol == "linkhouder"
    partner = (
        vraag.partnertoken()
        if houder
        else geraden_token(PARTNERLINK.salt, {"v": str(vraag.uuid), "k": vraag.partnersleutel})
    )
    controle = (
        d["verzoek"].verificatietoken()
        if houder
        else geraden_token(VERIFICATIELINK.salt, {"o": d["dock"].pk, "v": str(d["verzoek"].uuid)})
    )
    gesloten = Vraag.objects.filter(status=VraagStatus.AFGEHANDELD).order_by("pk").first()
    terugkoppeling = (
        gesloten.terugkoppeltoken()
        if houder
        else geraden_token(
            TERUGKOPPELLINK.salt, {"v": str(gesloten.uuid), "a": gesloten.afsluitsleutel}
        )
    )
    aanbod, dock_aanbod = d["aanbod"], d["dock_aanbod"]
    tabel = {
        "aanbod:detail": {"slug": aanbod.slug},
        "aanbod:detail_print": {"slug": aanbod.slug},
        "aanbod:organisatie": {"slug": aanbod.organisatie.slug},
        "beheer:aanmelding": {"uuid": d["aanmelding"].uuid},
        "vragen:detail": {"uuid": vraag.uuid},
        "vragen:status_wijzigen": {"uuid": vraag.uuid},
        "vragen:notitie": {"uuid": vraag.uuid},
        "vragen:aanbod_wijzigen": {"uuid": vraag.uuid},
        "vragen:aanspreekpunt_wijzigen": {"uuid": vraag.uuid},
        "vragen:briefje": {"uuid": vraag.uuid},
        "vragen:terugbellen_plannen": {"uuid": vraag.uuid},
        "vragen:acuut": {"uuid": vraag.uuid},
        "vragen:terugbelafspraak": {"uuid": d["terugbelafspraak"].uuid},
        "vragen:belresultaat": {"uuid": d["terugbelafspraak"].uuid},
        "vragen:verzetten": {"uuid": d["terugbelafspraak"].uuid},
        "vragen:vervallen": {"uuid": d["terugbelafspraak"].uuid},
        "vragen:mail_opnieuw": {"uuid": d["mail"].uuid},
        # The resident (anonymous) holds their own status link.
        "vragen:status": {"code": vraag.statuscode if rol == "anoniem" else nieuwe_statuscode()},
        "vragen:meterkastkaart": {"slug": "oost"},
        "vragen:partner": {"token": partner},
        "vragen:terugkoppeling": {"token": terugkoppeling},
        "vragen:partner_actie": {"token": partner},
        "password_reset_confirm": {"uidb64": "MQ", "token": "ongeldig-token"},
        "opendata:service": {"hsds_id": aanbod.hsds_id},
        "opendata:organization": {"hsds_id": aanbod.organisatie.hsds_id},
        "opendata:service_at_location": {"hsds_id": d["locatie"].hsds_id},
        "opendata:taxonomy": {"hsds_id": TAXONOMIEEN["thema"].id},
        "opendata:taxonomy_term": {"hsds_id": alle_termen()[0].id},
        "opendata:aanbod_ics": {"slug": aanbod.slug},
        "beheer:correctie_afhandelen": {"pk": d["correctie"].pk},
        "beheer:voorstel": {"uuid": d["voorstel"].uuid},
        "beheer:partner_klopt": {"pk": dock_aanbod.pk},
        "beheer:partner_wijzigen": {"pk": dock_aanbod.pk},
        "beheer:rapportage_csv": {"tabel": "kanaal"},
        "beheer:bron": {"pk": d["bron"].pk},
        "beheer:bron_verversen": {"pk": d["bron"].pk},
        "beheer:verdwenen_afhandelen": {"pk": aanbod.pk},
        "beheer_publiek:correctie": {"slug": aanbod.slug},
        "beheer_publiek:controle": {"token": controle},
        "beheer_publiek:controle_klopt": {"token": controle, "pk": dock_aanbod.pk},
        "beheer_publiek:controle_wijzigen": {"token": controle, "pk": dock_aanbod.pk},
    }
    return tabel.get(naam, {})


def client_voor(rol: str, d: dict) -> Client:
    """A fresh client logged in as ``rol`` with the second step done (required for every
    account)."""
    client = Client()
    gebruiker = d["gebruikers"].get(rol)
    if gebruiker is not None:
        otp_inloggen(client, gebruiker)
    return client
