"""A resident's question, its status and its append-only history."""

import secrets
import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Case, Q, Value, When
from django.db.models.functions import Replace
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from aanbod.models import Aanbod, Doelgroep, Organisatie, Thema, Wijk
from vragen.models.terugkoppeling import TERUGKOPPELLINK
from wijkportaal.getekende_links import GetekendeLink, als_uuid
from wijkportaal.modellen import AlleenAanvullen, DoorWie
from wijkportaal.models import Berichtkanaal

REFERENTIE_TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: easy to read aloud
# The link an aanspreekpunt gets by e-mail names one question and its current partner key;
# choosing another aanspreekpunt changes the key, so older links stop working.
PARTNERLINK = GetekendeLink(salt="vragen.partnerlink", dagen="VRAGEN_PARTNERLINK_DAGEN")


class Kanaal(models.TextChoices):
    BALIE = "balie", _("Balie")
    TELEFOON = "telefoon", _("Telefoon")
    EMAIL = "email", _("E-mail")
    ONLINE = "online", _("Online")
    HUISBEZOEK = "huisbezoek", _("Huisbezoek")


class VraagStatus(models.TextChoices):
    NIEUW = "nieuw", _("Nieuw")
    DOORVERWEZEN = "doorverwezen", _("Doorverwezen")
    IN_BEHANDELING = "in_behandeling", _("In behandeling")
    WACHT_OP_INWONER = "wacht_op_inwoner", _("Wacht op inwoner")
    AFGEHANDELD = "afgehandeld", _("Afgehandeld")
    GEANNULEERD = "geannuleerd", _("Geannuleerd")
    HEROPEND = "heropend", _("Heropend")


class Uitkomst(models.TextChoices):
    GEHOLPEN = "geholpen", _("Geholpen")
    ANDER_AANBOD = "ander_aanbod", _("Doorverwezen naar ander aanbod")
    GEEN_PASSEND_AANBOD = "geen_passend_aanbod", _("Geen passend aanbod")
    NIET_BEREIKT = "niet_bereikt", _("Inwoner niet bereikt")


S = VraagStatus
_BEZIG = {S.DOORVERWEZEN, S.IN_BEHANDELING, S.WACHT_OP_INWONER, S.AFGEHANDELD, S.GEANNULEERD}
# The allowed transitions; every status change goes through vragen.services.vraag_status_wijzigen.
OVERGANGEN: dict[str, frozenset[str]] = {
    S.NIEUW: frozenset(_BEZIG),
    # Back to NIEUW when the aanspreekpunt declines: the coordinators pick it up again.
    S.DOORVERWEZEN: frozenset(_BEZIG - {S.DOORVERWEZEN} | {S.NIEUW}),
    S.IN_BEHANDELING: frozenset(_BEZIG - {S.IN_BEHANDELING}),
    S.WACHT_OP_INWONER: frozenset({S.IN_BEHANDELING, S.AFGEHANDELD, S.GEANNULEERD}),
    S.AFGEHANDELD: frozenset({S.HEROPEND}),
    S.GEANNULEERD: frozenset({S.HEROPEND}),
    S.HEROPEND: frozenset(_BEZIG),
}
OPEN_STATUSSEN = [s for s in S if s not in (S.AFGEHANDELD, S.GEANNULEERD)]


def nieuwe_referentie() -> str:
    """A short code to read aloud or type, like 'K7MQ-3XDA'."""
    tekens = "".join(secrets.choice(REFERENTIE_TEKENS) for _ in range(8))
    return f"{tekens[:4]}-{tekens[4:]}"


def nieuwe_statuscode() -> str:
    """The secret in the resident's status link: 128 bits, unguessable."""
    return secrets.token_urlsafe(16)


TELEFOON_OPMAAK = (" ", "-", ".", "(", ")", "/")


def telefoon_normaal(telefoon: str) -> str:
    """A phone number without layout characters, for exact matching."""
    for teken in TELEFOON_OPMAAK:
        telefoon = telefoon.replace(teken, "")
    return telefoon.strip()


def nieuwe_sleutel() -> str:
    return secrets.token_hex(8)


class VraagQuerySet(models.QuerySet):
    def open(self) -> "VraagQuerySet":
        return self.filter(status__in=OPEN_STATUSSEN)

    def te_laat(self, vandaag=None) -> "VraagQuerySet":
        return self.open().filter(deadline__lt=vandaag or timezone.localdate())

    def met_te_laat(self, vandaag=None) -> "VraagQuerySet":
        """Annotates ``te_laat_eerst`` so the queue can put overdue questions first."""
        return self.annotate(
            te_laat_eerst=Case(
                When(
                    Q(status__in=OPEN_STATUSSEN, deadline__lt=vandaag or timezone.localdate()),
                    then=Value(True),
                ),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )

    def met_voorrang(self, vandaag=None) -> "VraagQuerySet":
        """The order of every queue: open 'acuut' questions first, then reopened ones (a
        resident said the help did not arrive), then overdue ones, then by deadline."""
        return (
            self.met_te_laat(vandaag)
            .annotate(
                acuut_eerst=Case(
                    When(Q(status__in=OPEN_STATUSSEN, acuut=True), then=Value(True)),
                    default=Value(False),
                    output_field=models.BooleanField(),
                ),
                heropend_eerst=Case(
                    When(status=VraagStatus.HEROPEND, then=Value(True)),
                    default=Value(False),
                    output_field=models.BooleanField(),
                ),
            )
            .order_by(
                "-acuut_eerst", "-heropend_eerst", "-te_laat_eerst", "deadline", "aangemaakt", "pk"
            )
        )

    def zichtbaar_voor(self, gebruiker) -> "VraagQuerySet":
        """Staff see everything; volunteers the questions they logged; partner users the
        questions of their organisations, and only those."""
        if not gebruiker.is_authenticated or not gebruiker.is_active:
            return self.none()
        if gebruiker.has_perm("vragen.view_alle_vragen"):
            return self
        if not gebruiker.has_perm("vragen.view_vraag"):
            return self.none()
        return self.filter(
            Q(geregistreerd_door=gebruiker)
            | Q(aanspreekpunt_organisatie__in=gebruiker.organisaties.values("pk"))
        )

    def zoek(self, tekst: str) -> "VraagQuerySet":
        qs = self
        for woord in tekst.split()[:5]:
            woord = woord[:40]
            qs = qs.filter(Q(referentie__icontains=woord) | Q(tekst__icontains=woord))
        return qs

    def niet_geanonimiseerd(self) -> "VraagQuerySet":
        return self.filter(geanonimiseerd_op__isnull=True)

    def met_partnertoken(self, token: str) -> "VraagQuerySet":
        """The question a valid, unexpired partner link names (none once its personal data
        is wiped, or after another aanspreekpunt was chosen)."""
        inhoud = PARTNERLINK.inhoud(token) or {}
        vraag_uuid = als_uuid(inhoud.get("v"))
        if vraag_uuid is None:
            return self.none()
        return self.niet_geanonimiseerd().filter(
            uuid=vraag_uuid, partnersleutel=str(inhoud.get("k"))
        )

    def met_terugkoppeltoken(self, token: str) -> "Vraag | None":
        """The closed question a valid, unexpired feedback link names, if that closing is
        still the question's latest (reopened or wiped: None)."""
        inhoud = TERUGKOPPELLINK.inhoud(token) or {}
        vraag_uuid = als_uuid(inhoud.get("v"))
        if vraag_uuid is None:
            return None
        vraag = (
            self.niet_geanonimiseerd()
            .filter(uuid=vraag_uuid, status=VraagStatus.AFGEHANDELD)
            .first()
        )
        if vraag is None or vraag.afsluitsleutel != inhoud.get("a"):
            return None
        return vraag

    def bewaartermijn_verstreken(self, grens) -> "VraagQuerySet":
        """Closed before ``grens``, or still open but asked before it, and still holding
        personal data (docs/adr/0008): a question nobody closed is not kept for ever."""
        gesloten = [VraagStatus.AFGEHANDELD, VraagStatus.GEANNULEERD]
        return self.niet_geanonimiseerd().filter(
            Q(status__in=gesloten, afgesloten_op__lt=grens)
            | (~Q(status__in=gesloten) & Q(aangemaakt__lt=grens))
        )

    def van_inwoner(self, *, email: str = "", telefoon: str = "") -> "VraagQuerySet":
        """Questions whose contact e-mail (any case) or phone (ignoring spaces, dashes,
        dots and brackets) matches exactly; nothing when both are empty."""
        voorwaarde = Q()
        if email.strip():
            voorwaarde |= Q(contact_email__iexact=email.strip())
        cijfers = telefoon_normaal(telefoon)
        if cijfers:
            voorwaarde |= Q(telefoon_normaal=cijfers)
        if not voorwaarde:
            return self.none()
        kolom = models.F("contact_telefoon")
        for teken in TELEFOON_OPMAAK:
            kolom = Replace(kolom, Value(teken), Value(""))
        return self.annotate(telefoon_normaal=kolom).filter(voorwaarde)

    def met_lijstgegevens(self) -> "VraagQuerySet":
        return self.select_related("wijk", "aanspreekpunt_organisatie").prefetch_related("themas")


class Vraag(models.Model):
    """A question from a resident, logged at the desk or asked online.

    Contact details live in their own columns so retention can blank them (see docs/adr)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    referentie = models.CharField(
        _("referentie"), max_length=9, unique=True, default=nieuwe_referentie, editable=False
    )
    statuscode = models.CharField(
        max_length=32, unique=True, default=nieuwe_statuscode, editable=False
    )
    tekst = models.TextField(_("vraag"))
    themas = models.ManyToManyField(
        Thema, blank=True, related_name="vragen", verbose_name=_("thema's")
    )
    wijk = models.ForeignKey(
        Wijk,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="vragen",
        verbose_name=_("wijk"),
    )
    doelgroep = models.ForeignKey(
        Doelgroep,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="vragen",
        verbose_name=_("doelgroep"),
    )
    kanaal = models.CharField(_("kanaal"), max_length=20, choices=Kanaal.choices)
    informatiepunt = models.ForeignKey(
        "aanbod.Informatiepunt",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="vragen",
        verbose_name=_("informatiepunt"),
        help_text=_("Waar de vraag binnenkwam, of welk informatiepunt een online vraag oppakt."),
    )
    notitie = models.TextField(_("wat is er al gedaan"), blank=True)
    aanbod = models.ManyToManyField(
        Aanbod, blank=True, related_name="vragen", verbose_name=_("doorverwezen naar aanbod")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=VraagStatus.choices, default=VraagStatus.NIEUW
    )
    uitkomst = models.CharField(_("uitkomst"), max_length=30, choices=Uitkomst.choices, blank=True)
    deadline = models.DateField(_("reageren voor"))

    # Eerste aanspreekpunt; no organisation means the coordinators' queue.
    regel = models.ForeignKey(
        "vragen.Routeringsregel",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    aanspreekpunt_organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="vragen",
        verbose_name=_("eerste aanspreekpunt"),
    )
    aanspreekpunt_naam = models.CharField(_("contactpersoon"), max_length=120, blank=True)
    aanspreekpunt_email = models.EmailField(_("e-mail aanspreekpunt"), blank=True)
    afwijkingsreden = models.CharField(_("reden andere keuze"), max_length=300, blank=True)
    # Changing it invalidates earlier partner links.
    partnersleutel = models.CharField(max_length=16, default=nieuwe_sleutel, editable=False)

    # Only with the resident's explicit consent, only when follow-up is needed.
    toestemming_contact = models.BooleanField(_("toestemming voor contact"), default=False)
    contact_naam = models.CharField(_("naam"), max_length=120, blank=True)
    contact_telefoon = models.CharField(_("telefoon"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    # The channel the resident chose for messages about this question (empty: none).
    berichten_via = models.CharField(
        _("berichten via"), max_length=10, choices=Berichtkanaal.choices, blank=True
    )
    # The language the resident used (online); their messages are written in it.
    taal = models.CharField(_("taal"), max_length=10, blank=True)
    # When "Heeft dit je geholpen?" was sent for the latest closing.
    terugkoppeling_gevraagd_op = models.DateTimeField(null=True, blank=True, editable=False)

    # A crisis or an urgent need: first in every queue, deadline today, coordinators told.
    acuut = models.BooleanField(_("acuut"), default=False)
    # A vulnerable resident: a follow-up call is proposed automatically (with consent).
    kwetsbaar = models.BooleanField(_("kwetsbare inwoner"), default=False)

    geregistreerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="geregistreerde_vragen",
        verbose_name=_("geregistreerd door"),
    )
    aangemaakt = models.DateTimeField(_("binnengekomen"), default=timezone.now)
    gewijzigd = models.DateTimeField(auto_now=True)
    afgesloten_op = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    # Set when retention or a resident's request wiped the personal data (docs/adr/0008).
    geanonimiseerd_op = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)
    # The question's mails in the shared outbox (deleted with the question).
    mails = GenericRelation(
        "wijkportaal.Mailbericht",
        content_type_field="betreft_type",
        object_id_field="betreft_id",
        related_query_name="vraag",
    )

    objects = VraagQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "aangemaakt", "pk"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")
        permissions = [
            ("view_alle_vragen", _("Alle vragen bekijken")),
            (
                "persoonsgegevens_inwoner",
                _("Gegevens van een inwoner opzoeken, exporteren en verwijderen"),
            ),
        ]
        indexes = [models.Index(fields=["status", "deadline"])]

    def __str__(self) -> str:
        return self.referentie

    def get_absolute_url(self) -> str:
        return reverse("vragen:detail", args=[self.uuid])

    def statuslink(self) -> str:
        return reverse("vragen:status", args=[self.statuscode])

    def partnertoken(self) -> str:
        return PARTNERLINK.token({"v": str(self.uuid), "k": self.partnersleutel})

    def partnerlink(self) -> str:
        """The aanspreekpunt's page for this question, without an account."""
        return reverse("vragen:partner", args=[self.partnertoken()])

    @property
    def afsluitsleutel(self) -> str:
        """Names the latest closing, so a feedback link fits that closing only."""
        return self.afgesloten_op.isoformat() if self.afgesloten_op else ""

    def terugkoppeltoken(self) -> str:
        return TERUGKOPPELLINK.token({"v": str(self.uuid), "a": self.afsluitsleutel})

    def terugkoppellink(self) -> str:
        """The resident's "Heeft dit je geholpen?" page, without an account."""
        return reverse("vragen:terugkoppeling", args=[self.terugkoppeltoken()])

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSSEN

    @property
    def is_te_laat(self) -> bool:
        return self.is_open and self.deadline < timezone.localdate()

    @property
    def volgende_statussen(self) -> list[str]:
        return [s for s in VraagStatus if s in OVERGANGEN[self.status]]

    @property
    def is_geanonimiseerd(self) -> bool:
        return self.geanonimiseerd_op is not None

    @property
    def heeft_contactgegevens(self) -> bool:
        return bool(self.contact_naam or self.contact_telefoon or self.contact_email)


class StatusWijziging(AlleenAanvullen, DoorWie, models.Model):
    """One line of a question's history (who, when, what, note). Never changed afterwards."""

    wijzigen_verboden = "De statusgeschiedenis wordt alleen aangevuld, nooit gewijzigd."

    vraag = models.ForeignKey(Vraag, on_delete=models.CASCADE, related_name="historie")
    van_status = models.CharField(max_length=20, choices=VraagStatus.choices, blank=True)
    naar_status = models.CharField(max_length=20, choices=VraagStatus.choices)
    uitkomst = models.CharField(max_length=30, choices=Uitkomst.choices, blank=True)
    notitie = models.TextField(blank=True)
    tijdstip = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["tijdstip", "pk"]
        verbose_name = _("statuswijziging")
        verbose_name_plural = _("statusgeschiedenis")

    def __str__(self) -> str:
        return f"{self.vraag}: {self.van_status} → {self.naar_status}"

    @property
    def is_notitie(self) -> bool:
        return self.van_status == self.naar_status
