import uuid
from datetime import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkportaal.modellen import IdLijst, een_van
from wijkportaal.slugs import unieke_slug

from .gebied import Buurt, Wijk
from .lijsten import Doelgroep, Taal, Thema
from .locatie import Locatie
from .organisatie import Organisatie


class Soort(models.TextChoices):
    ACTIVITEIT = "activiteit", _("Activiteit")
    ONTMOETINGSPLEK = "ontmoetingsplek", _("Ontmoetingsplek")
    HULP_EN_ADVIES = "hulp_en_advies", _("Hulp en advies")
    ZORG_EN_ONDERSTEUNING = "zorg_en_ondersteuning", _("Zorg en ondersteuning")
    VRIJWILLIGERSWERK = "vrijwilligerswerk", _("Vrijwilligerswerk")
    INFORMATIE = "informatie", _("Informatie")


class Kosten(models.TextChoices):
    GRATIS = "gratis", _("Gratis")
    EIGEN_BIJDRAGE = "eigen_bijdrage", _("Eigen bijdrage")


class Deelname(models.TextChoices):
    BINNENLOPEN = "binnenlopen", _("Gewoon binnenlopen")
    AANMELDEN = "aanmelden", _("Eerst aanmelden")
    VERWIJZING = "verwijzing", _("Verwijzing nodig")


class Status(models.TextChoices):
    ACTIEF = "actief", _("Actief")
    TIJDELIJK_GESLOTEN = "tijdelijk_gesloten", _("Tijdelijk gesloten")
    GESTOPT = "gestopt", _("Gestopt")


# What a result card ("blok") shows of an offer (AanbodQuerySet.met_blokgegevens).
BLOKVELDEN = (
    "hsds_id",
    "naam",
    "slug",
    "organisatie",  # its id: the organisation page groups its offers by it
    "beschrijving",
    "status",
    "kosten",
    "deelname",
)


class AanbodQuerySet(models.QuerySet):
    def in_volgorde(self, ids: list[int]) -> "AanbodQuerySet":
        """These of the offers, in the order of ``ids``."""
        positie = models.Func(
            IdLijst(ids),
            models.F("pk"),
            function="array_position",
            output_field=models.IntegerField(),
        )
        return self.filter(een_van("pk", ids)).order_by(positie)

    def ids_op_naam(self, aantal: int) -> list[int]:
        """The ids of the first ``aantal`` of these offers by name: one walk over
        aanbod_naam_dekkend_idx (migration 0010) finds them."""
        return list(self.order_by("naam", "pk").values_list("pk", flat=True)[:aantal])

    def zichtbaar(self) -> "AanbodQuerySet":
        """What the public catalogue lists: everything that has not stopped."""
        return self.exclude(status=Status.GESTOPT)

    def actief(self) -> "AanbodQuerySet":
        return self.filter(status=Status.ACTIEF)

    def in_wijk(self, wijk: Wijk | str) -> "AanbodQuerySet":
        """Offers at a location in ``wijk`` (a Wijk or its slug)."""
        waar = {"locatie__wijk__slug": wijk} if isinstance(wijk, str) else {"locatie__wijk": wijk}
        return self.filter(pk__in=AanbodLocatie.objects.filter(**waar).values("aanbod"))

    def in_buurt(self, buurt: Buurt | str) -> "AanbodQuerySet":
        """Offers at a location in ``buurt`` (a Buurt or its slug)."""
        waar = (
            {"locatie__buurt__slug": buurt} if isinstance(buurt, str) else {"locatie__buurt": buurt}
        )
        return self.filter(pk__in=AanbodLocatie.objects.filter(**waar).values("aanbod"))

    def op_weekdag(self, weekdag: int) -> "AanbodQuerySet":
        from .rooster import Tijdslot

        return self.filter(
            pk__in=Tijdslot.objects.filter(weekdag=weekdag).values("aanbod_locatie__aanbod")
        )

    def met_kenmerk(self, soort: str, waarden) -> "AanbodQuerySet":
        """Offers with any of these filter values, by the filter words of their vector
        (aanbod.zoeken.index.kenmerk): kenmerk('wijk', [3]) is 'in wijk 3'."""
        from aanbod.zoeken.index import VectorBevat, kenmerk

        woorden = [kenmerk(soort, waarde) for waarde in waarden]
        if not woorden:
            return self.none()
        # Themes are words of weight B (they rank); the other filter words are weight D.
        return self.filter(VectorBevat(" | ".join(woorden), filterwoorden=soort != "thema"))

    def open_op(self, moment: datetime) -> "AanbodQuerySet":
        """Offers with at least one location open at ``moment`` (recurrence, holidays, closures)."""
        from aanbod.openingstijden import open_aanbod_ids

        return self.filter(een_van("pk", open_aanbod_ids(moment))).actief()

    def zoek(self, tekst: str, **opties) -> "AanbodQuerySet":
        """These offers that fit ``tekst``, best first: ``aanbod.zoeken.zoek`` as a queryset,
        for lists that filter further (the API, the desk)."""
        from aanbod.zoeken import zoek

        return self.in_volgorde(zoek(self, tekst, **opties).ids)

    def met_lijstgegevens(self) -> "AanbodQuerySet":
        """Everything a result card shows, in a fixed number of queries (without the search
        text and vector: 1.3 KB per offer that no page shows)."""
        return (
            self.defer("zoektekst", "zoekvector")
            .select_related("organisatie")
            .prefetch_related(
                models.Prefetch(
                    "aanbodlocaties",
                    queryset=AanbodLocatie.objects.select_related(
                        "locatie__wijk", "locatie__buurt"
                    ).prefetch_related("tijdsloten", "sluitingen"),
                ),
            )
        )

    def met_blokgegevens(self) -> "AanbodQuerySet":
        """Only what a result card (aanbod/blokken.py) shows: a tenth of the columns
        ``met_lijstgegevens`` reads. The organisation's name comes as a column
        (``organisatie_naam``), the places with their wijk's name, slots and closures as JSON in
        the same row (``BloklocatiesJson``); ``blokken()`` reads them and unpacks that."""
        from .rooster import BloklocatiesJson

        return (
            self.only(*BLOKVELDEN)
            .annotate(organisatie_naam=models.F("organisatie__naam"))
            .annotate(blok_json=BloklocatiesJson())
        )

    def blokken(self) -> list["Aanbod"]:
        """These offers as result cards read them, in one query: a list, each offer with its
        places (``blok_locaties``), each place with its slots and closures."""
        from .rooster import bloklocaties_uitpakken

        aanbiedingen = list(self.met_blokgegevens())
        bloklocaties_uitpakken(aanbiedingen)
        return aanbiedingen

    def met_kaartpunten(self) -> "AanbodQuerySet":
        """What the map (/kaart/) shows of an offer: its name and page, and its places with
        their position and wijk; no opening times (two queries and a queryset per place
        fewer than ``met_lijstgegevens`` for its 200 offers)."""
        return self.only("hsds_id", "naam", "slug").prefetch_related(
            models.Prefetch(
                "aanbodlocaties", queryset=AanbodLocatie.objects.select_related("locatie__wijk")
            )
        )

    def met_alle_gegevens(self) -> "AanbodQuerySet":
        """What the offer page shows: the card's data plus themes, target groups, languages."""
        return (
            self.met_lijstgegevens()
            .select_related("gegevensbron")
            .prefetch_related("themas", "doelgroepen", "talen")
        )


class Aanbod(models.Model):
    """One offer: an activity, meeting place, help or volunteering (HSDS: service)."""

    hsds_id = models.UUIDField(_("HSDS-id"), default=uuid.uuid4, unique=True, editable=False)
    naam = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True)
    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.PROTECT, related_name="aanbod", verbose_name=_("organisatie")
    )
    soort = models.CharField(_("soort"), max_length=30, choices=Soort.choices)
    themas = models.ManyToManyField(Thema, related_name="aanbod", verbose_name=_("thema's"))
    doelgroepen = models.ManyToManyField(
        Doelgroep, related_name="aanbod", verbose_name=_("doelgroepen")
    )
    beschrijving = models.TextField(_("wat is het"), help_text=_("In gewone woorden (B1)."))
    voor_wie = models.CharField(_("voor wie"), max_length=300, blank=True)
    kosten = models.CharField(_("kosten"), max_length=20, choices=Kosten.choices)
    kosten_bedrag = models.DecimalField(
        _("bedrag (euro)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    kosten_toelichting = models.CharField(_("toelichting op de kosten"), max_length=200, blank=True)
    deelname = models.CharField(_("hoe doe je mee"), max_length=20, choices=Deelname.choices)
    talen = models.ManyToManyField(Taal, blank=True, related_name="aanbod", verbose_name=_("talen"))
    contactpersoon = models.CharField(_("contactpersoon"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    telefoon = models.CharField(_("telefoon"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIEF
    )
    laatst_gecontroleerd = models.DateField(_("laatst gecontroleerd"), null=True, blank=True)
    gecontroleerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("gecontroleerd door"),
    )
    oorspronkelijk_id = models.CharField(
        _("id in de bron"), max_length=200, blank=True, editable=False
    )
    gegevensbron = models.ForeignKey(
        "aanbod.Gegevensbron",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="aanbod",
        verbose_name=_("gegevensbron"),
    )
    # When the source last contained this offer, and when it was first missing from it.
    bevestigd_door_bron = models.DateTimeField(
        _("laatst bevestigd door de bron"), null=True, blank=True, editable=False
    )
    verdwenen_uit_bron = models.DateTimeField(
        _("verdwenen uit de bron"), null=True, blank=True, editable=False
    )
    zoektekst = models.TextField(editable=False, blank=True)
    # The weighted full-text vector (A: name, themes, search words; B: place,
    # organisation, target groups; C: description). Kept up to date by aanbod.signals.
    zoekvector = SearchVectorField(null=True, editable=False)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    gewijzigd = models.DateTimeField(auto_now=True)

    objects = AanbodQuerySet.as_manager()

    class Meta:
        ordering = ["naam"]
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
        indexes = [
            models.Index(fields=["status", "naam"]),
            models.Index(fields=["naam", "id"], name="aanbod_naam_id_idx"),
            # Search's own indexes are made in SQL (migrations 0008 and 0010, ADR 0009).
        ]

    def __str__(self) -> str:
        return self.naam

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unieke_slug(self, self.naam)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("aanbod:detail", args=[self.slug])

    @property
    def is_gratis(self) -> bool:
        return self.kosten == Kosten.GRATIS


class AanbodLocatie(models.Model):
    """Where an offer happens, with its own opening times (HSDS: service_at_location)."""

    hsds_id = models.UUIDField(_("HSDS-id"), default=uuid.uuid4, unique=True, editable=False)
    aanbod = models.ForeignKey(Aanbod, on_delete=models.CASCADE, related_name="aanbodlocaties")
    locatie = models.ForeignKey(
        Locatie, on_delete=models.CASCADE, related_name="aanbodlocaties", verbose_name=_("locatie")
    )
    toelichting = models.CharField(_("toelichting"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("aanbod op locatie")
        verbose_name_plural = _("aanbod op locaties")
        constraints = [
            models.UniqueConstraint(fields=["aanbod", "locatie"], name="aanbod_locatie_uniek")
        ]

    def __str__(self) -> str:
        return f"{self.aanbod} @ {self.locatie}"
