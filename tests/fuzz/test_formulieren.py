"""Every form, fuzzed: random and hostile data never gives a 500, a rejected post says what
is wrong and saves nothing, an accepted one saves something whole."""

from urllib.parse import urlsplit

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis.extra.django import TestCase

from aanbod.forms import AanmeldingFormulier
from aanbod.models import Aanbod, Aanmelding, Informatiepunt, Thema, Wijk
from beheer.forms import CorrectieFormulier, VoorstelFormulier
from beheer.models import Correctie, Signaalsamenvatting, Verificatieverzoek, Wijzigingsvoorstel
from tests.factories import (
    maak_aanbod,
    maak_gebruiker,
    maak_organisatie,
    maak_regel,
    maak_vraag,
    otp_inloggen,
)
from tests.fuzz.strategieen import codeer, formulier
from vragen.forms import BaliForm, OnlineVraagForm, PartnerForm, StatusForm
from vragen.models import (
    AuditRegel,
    Kanaal,
    StatusWijziging,
    Uitkomst,
    Vraag,
    VraagStatus,
)
from wijkportaal.models import Mailbericht

FORM = "application/x-www-form-urlencoded"
VOORBEELDEN = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Clear messages that the pages show for rejected input.
MELDINGEN = ('class="foutoverzicht"', 'role="alert"', "errorlist", "bericht--error")


def _velden(form_klasse, **geldig) -> dict:
    return {naam: geldig.get(naam) for naam in form_klasse.base_fields} | {
        naam: waarden for naam, waarden in geldig.items() if naam not in form_klasse.base_fields
    }


def _tellingen(*modellen) -> dict:
    return {m.__name__: m.objects.count() for m in modellen}


@override_settings(
    VRAGEN_ONLINE_PER_UUR=1_000_000, CORRECTIES_PER_UUR=1_000_000, AXES_FAILURE_LIMIT=1_000_000
)
class FormulierFuzzTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dock = maak_organisatie(naam="DOCK")
        maak_regel(organisatie=cls.dock, thema="geld-en-schulden")
        cls.aanbod = maak_aanbod(organisatie=cls.dock)
        cls.punt = Informatiepunt.objects.create(naam="Wip Oost", aanbod=maak_aanbod())
        cls.vrijwilliger = maak_gebruiker("vrijwilliger")
        cls.medewerker = maak_gebruiker("medewerker")
        cls.coordinator = maak_gebruiker("coordinator")
        cls.vraag = maak_vraag(
            themas=("geld-en-schulden",),
            toestemming_contact=True,
            contact_naam="Test",
            contact_email="test@voorbeeld.example",
        )
        cls.verzoek = Verificatieverzoek.objects.create(organisatie=cls.dock, aan="a@dock.example")
        cls.wijken = list(Wijk.objects.values_list("slug", flat=True))
        cls.themas = list(Thema.objects.values_list("slug", flat=True))

    def setUp(self):
        cache.clear()

    def _post(self, url: str, paren, modellen, *, geaccepteerd=(302,), melding=True):
        """Post; on anything but acceptance, no row of ``modellen`` may be added or lost."""
        cache.clear()  # rate limits count per example otherwise
        voor = _tellingen(*modellen)
        antwoord = self.client.post(url, codeer(paren), content_type=FORM)
        assert antwoord.status_code < 500, (url, paren)
        if antwoord.status_code not in geaccepteerd:
            assert _tellingen(*modellen) == voor, (url, paren)
            if melding and antwoord.status_code == 400:
                assert any(m in antwoord.text for m in MELDINGEN), (url, paren)
        return antwoord

    # Public forms.

    @VOORBEELDEN
    @given(
        formulier(
            _velden(
                OnlineVraagForm,
                tekst=["Ik zoek hulp bij mijn post"],
                wijk=["oost", "west"],
                toestemming_contact=["on"],
                contact_email=["inwoner@voorbeeld.example"],
                website=[""],
            )
        )
    )
    def test_online_vraag(self, paren):
        modellen = (Vraag, StatusWijziging, Mailbericht, AuditRegel)
        voor = _tellingen(*modellen)
        antwoord = self._post(reverse("vragen:online_versturen"), paren, modellen)
        if antwoord.status_code == 302:
            nieuw = Vraag.objects.order_by("-pk").first()
            assert _tellingen(Vraag)["Vraag"] == voor["Vraag"] + 1
            assert nieuw.kanaal == Kanaal.ONLINE and nieuw.historie.exists()
            assert nieuw.toestemming_contact or not nieuw.heeft_contactgegevens
            assert "\x00" not in nieuw.tekst

    @VOORBEELDEN
    @given(
        formulier(
            _velden(
                AanmeldingFormulier,
                naam=["Breiclub"],
                beschrijving=["Samen breien"],
                waar=["Buurthuis"],
                wanneer=["dinsdag"],
                contact_naam=["Ans"],
                contact_email=["ans@voorbeeld.example"],
                toestemming=["on"],
                wijk=["oost"],
                website=[""],
            )
        )
    )
    def test_initiatief_aanmelden(self, paren):
        self._post(reverse("aanbod:aanmelden"), paren, (Aanmelding, Aanbod), melding=False)

    @VOORBEELDEN
    @given(
        formulier(
            _velden(
                CorrectieFormulier,
                tekst=["Het telefoonnummer klopt niet"],
                email=["a@b.example"],
                website=[""],
            )
        )
    )
    def test_correctie_melden(self, paren):
        url = reverse("beheer_publiek:correctie", args=[self.aanbod.slug])
        self._post(url, paren, (Correctie,))

    @VOORBEELDEN
    @given(formulier({"username": [""], "password": ["geheim-wachtwoord"], "next": ["/balie/"]}))
    def test_inloggen(self, paren):
        antwoord = self.client.post(reverse("login"), codeer(paren), content_type=FORM)
        assert antwoord.status_code < 500, paren
        assert "_auth_user_id" not in self.client.session

    def test_lange_gebruikersnaam_is_een_mislukte_inlog(self):
        antwoord = self.client.post(
            reverse("login"), {"username": "x" * 300, "password": "geheim-wachtwoord"}
        )
        assert antwoord.status_code == 200

    @VOORBEELDEN
    @given(formulier({"language": ["en", "nl"], "next": ["/aanbod/", "//evil.example/"]}))
    def test_taal_kiezen(self, paren):
        antwoord = self.client.post(reverse("set_language"), codeer(paren), content_type=FORM)
        assert antwoord.status_code < 500, paren
        if antwoord.status_code == 302:
            # Never away from our own site, whatever ``next`` says.
            doel = urlsplit(antwoord.url)
            assert doel.netloc in ("", "testserver"), antwoord.url
            assert doel.scheme in ("", "http"), antwoord.url
            assert not antwoord.url.replace("\\", "/").startswith("//"), antwoord.url

    @VOORBEELDEN
    @given(
        formulier(
            _velden(
                PartnerForm,
                actie=["accepteren", "afwijzen", "afronden", "notitie"],
                uitkomst=list(Uitkomst.values),
                notitie=["Gebeld"],
            )
        )
    )
    def test_partnerlink(self, paren):
        url = reverse("vragen:partner_actie", args=[self.vraag.partnertoken()])
        self._post(url, paren, (StatusWijziging, Mailbericht), geaccepteerd=(302, 200))

    @VOORBEELDEN
    @given(formulier(_velden(VoorstelFormulier, toelichting=["Nieuw nummer"])))
    def test_controlelink_wijzigen(self, paren):
        url = reverse(
            "beheer_publiek:controle_wijzigen",
            args=[self.verzoek.verificatietoken(), self.aanbod.pk],
        )
        self._post(url, paren, (Wijzigingsvoorstel,))

    # Staff forms.

    @VOORBEELDEN
    @given(
        formulier(
            _velden(
                BaliForm,
                tekst=["Waar kan ik koffie drinken?"],
                kanaal=list(Kanaal.values),
                themas=["geld-en-schulden", "ontmoeting"],
                wijk=["oost"],
                informatiepunt=["wip-oost"],
                uitkomst=list(Uitkomst.values),
                toestemming_contact=["on"],
                contact_telefoon=["06 12345678"],
                actie=["direct", "opslaan"],
                zoek=["koffie"],
                zoeken=["1"],
            )
        )
    )
    def test_balie_registreren(self, paren):
        otp_inloggen(self.client, self.vrijwilliger)
        modellen = (Vraag, StatusWijziging, Mailbericht, AuditRegel)
        antwoord = self._post(reverse("vragen:registreren"), paren, modellen, melding=False)
        if antwoord.status_code == 200 and not any(k == "zoeken" for k, _ in paren):
            # A rejected desk form shows what is wrong.
            assert any(m in antwoord.text for m in MELDINGEN), paren

    @VOORBEELDEN
    @given(
        formulier(
            _velden(
                StatusForm,
                status=list(VraagStatus.values),
                uitkomst=list(Uitkomst.values),
                notitie=["Gebeld"],
            )
        )
    )
    def test_status_wijzigen(self, paren):
        otp_inloggen(self.client, self.medewerker)
        url = reverse("vragen:status_wijzigen", args=[self.vraag.uuid])
        self._post(url, paren, (StatusWijziging, Mailbericht))
        self.vraag.refresh_from_db()
        assert self.vraag.historie.last().naar_status == self.vraag.status

    @VOORBEELDEN
    @given(formulier({"notitie": ["Gebeld"]}))
    def test_notitie(self, paren):
        otp_inloggen(self.client, self.medewerker)
        url = reverse("vragen:notitie", args=[self.vraag.uuid])
        self._post(url, paren, (StatusWijziging,))

    @VOORBEELDEN
    @given(formulier({"vragen": ["UUID"], "reden": ["Verzoek aan de balie"], "bevestigen": ["on"]}))
    def test_inwonergegevens_wissen(self, paren):
        otp_inloggen(self.client, self.coordinator)
        paren = [(k, str(self.vraag.uuid) if v == "UUID" else v) for k, v in paren]
        # A rejected form shows the contact details again: that adds a 'bekeken' line, which
        # is right; only a 'verwijderd' line would be a half-done deletion.
        antwoord = self._post(reverse("vragen:inwoner_verwijderen"), paren, (StatusWijziging,))
        gewist = Vraag.objects.filter(geanonimiseerd_op__isnull=False)
        if antwoord.status_code == 302:
            assert gewist.count() == 1 and AuditRegel.objects.filter(actie="verwijderd").exists()
        else:
            assert not gewist.exists(), paren
            assert not AuditRegel.objects.filter(actie="verwijderd").exists(), paren

    @VOORBEELDEN
    @given(formulier({"email": ["test@voorbeeld.example"], "telefoon": ["06 12345678"]}))
    def test_inwoner_zoeken(self, paren):
        otp_inloggen(self.client, self.coordinator)
        antwoord = self.client.post(reverse("vragen:inwoner"), codeer(paren), content_type=FORM)
        assert antwoord.status_code in (200, 400), paren

    @VOORBEELDEN
    @given(
        formulier(
            {
                "thema": None,
                "wijk": None,
                "maand": ["2026-01"],
                "tekst": ["Te weinig hulp"],
                "terug": ["van=2026-01-01"],
            }
        )
    )
    def test_signaal_samenvatten(self, paren):
        otp_inloggen(self.client, self.coordinator)
        voor = Signaalsamenvatting.objects.count()
        antwoord = self.client.post(
            reverse("beheer:samenvatting"), codeer(paren), content_type=FORM
        )
        # 400: a 'terug' so long that Django refuses the redirect (its URL length limit).
        assert antwoord.status_code in (302, 400), paren
        berichten = [m.level_tag for m in get_messages(antwoord.wsgi_request)]
        if Signaalsamenvatting.objects.count() > voor:
            assert berichten == ["success"], paren
        if "error" in berichten or antwoord.status_code == 400:
            assert Signaalsamenvatting.objects.count() == voor, paren
