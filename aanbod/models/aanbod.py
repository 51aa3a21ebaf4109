import uuid
from datetime import datetime

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MinValueValidator
from django.db import connection, models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wijkportaal.modellen import EenVan, IdLijst, een_van
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


# What a result card shows of an offer (AanbodQuerySet.met_kaartgegevens).
KAARTVELDEN = (
    "hsds_id",
    "naam",
    "slug",
    "organisatie",  # its id: the organisation page groups its offers by it
    "beschrijving",
    "status",
    "kosten",
    "deelname",
)


class _Rangorde(EenVan):
    """The id list of a ranked queryset (``AanbodQuerySet.in_rangorde``, PostgreSQL)."""

    def __init__(self, ids: list[int]):
        super().__init__(models.F("pk"), IdLijst(ids))


class AanbodQuerySet(models.QuerySet):
    # A ranked search (aanbod/zoeken.py on PostgreSQL) knows its offers in order: counting
    # them and taking a page then need not read the other candidates (see ``in_rangorde``).
    _rangorde: list[int] | None = None

    def in_rangorde(self, ids: list[int]) -> "AanbodQuerySet":
        """These offers in this order, best first: ``relevantie`` is minus the position.

        Its count is the length of the list and a slice reads only the offers in it, until it
        is filtered further (then it is an ordinary queryset again)."""
        positie = models.Func(
            IdLijst(ids),
            models.F("pk"),
            function="array_position",
            output_field=models.IntegerField(),
        )
        qs = self.filter(_Rangorde(ids)).annotate(relevantie=-positie).order_by("-relevantie")
        qs._rangorde = list(ids)
        return qs

    def _clone(self):
        kloon = super()._clone()
        kloon._rangorde = self._rangorde
        return kloon

    def _filter_or_exclude(self, negate, args, kwargs):
        qs = super()._filter_or_exclude(negate, args, kwargs)
        qs._rangorde = None  # the list no longer says which offers are left
        return qs

    def none(self):
        qs = super().none()
        qs._rangorde = None
        return qs

    def count(self) -> int:
        if self._rangorde is not None and self._result_cache is None:
            return len(self._rangorde)
        return super().count()

    def __getitem__(self, k):
        if (
            self._rangorde is None
            or not isinstance(k, slice)
            or k.step is not None
            or self._result_cache is not None
        ):
            return super().__getitem__(k)
        # Only the page's ids, not the whole list as well: with two lists PostgreSQL multiplies
        # their selectivities, expects one row and picks plans for one row (the map's 201
        # offers took 68 ms instead of 3).
        deel = self._rangorde[k]
        if not deel:  # nothing found, or a page past the end: nothing to read
            return self.none()
        qs = self._chain()
        where = qs.query.where
        # filter() wrapped the list as "Exact(_Rangorde(...), True)".
        where.children = [
            c for c in where.children if not isinstance(getattr(c, "lhs", None), _Rangorde)
        ]
        qs = qs.filter(_Rangorde(deel))
        qs._rangorde = deel
        return qs

    def eerste_op_naam(self, aantal: int) -> "AanbodQuerySet":
        """The first ``aantal`` of these offers by name. On PostgreSQL one walk over
        aanbod_naam_dekkend_idx finds them (migration 0010) and they are given ``in_rangorde``,
        so counting them and taking a page need not apply the filters again; elsewhere all of
        them, ordered by name."""
        if connection.vendor != "postgresql":
            return self.order_by("naam", "pk")
        ids = list(self.order_by("naam", "pk").values_list("pk", flat=True)[:aantal])
        return self.model._default_manager.in_rangorde(ids)

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
        """PostgreSQL: offers with any of these filter values, by the filter words of their
        vector (aanbod.zoektekst.kenmerk): kenmerk('wijk', [3]) is 'in wijk 3'."""
        from aanbod.zoektekst import VectorBevat, kenmerk

        woorden = [kenmerk(soort, waarde) for waarde in waarden]
        if not woorden:
            return self.none()
        # Themes are words of weight B (they rank); the other filter words are weight D.
        return self.filter(VectorBevat(" | ".join(woorden), filterwoorden=soort != "thema"))

    def open_op(self, moment: datetime) -> "AanbodQuerySet":
        """Offers with at least one location open at ``moment`` (recurrence, holidays, closures)."""
        from aanbod.openingstijden import open_aanbod_ids

        return self.filter(een_van("pk", open_aanbod_ids(moment))).actief()

    def zoek(
        self, tekst: str, *, voorkeur_wijk: Wijk | None = None, kandidaten: int | None = None
    ) -> "AanbodQuerySet":
        """Every word must match; best matches first (see aanbod/zoeken.py)."""
        from aanbod.zoeken import zoek

        return zoek(self, tekst, voorkeur_wijk=voorkeur_wijk, kandidaten=kandidaten)

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

    def met_kaartgegevens(self) -> "AanbodQuerySet":
        """Only what a result card shows (aanbod/kaartjes.py): a page of search results reads
        a tenth of the columns ``met_lijstgegevens`` reads. The organisation's and the wijk's
        name come as columns (``organisatie_naam``, and ``wijknaam`` on each location), not as
        objects. Each offer gets its locations as a plain list (``kaart_locaties``), each
        location its slots and closures (``kaart_tijdsloten``, ``kaart_sluitingen``):
        on PostgreSQL as JSON in the same query as the offers (``KaartlocatiesJson``), made
        into objects when they are read; elsewhere with Django's prefetch (three queries)."""
        qs = self.only(*KAARTVELDEN).annotate(organisatie_naam=models.F("organisatie__naam"))
        if connection.vendor == "postgresql":
            from .rooster import KaartlocatiesJson

            return qs.annotate(kaart_json=KaartlocatiesJson())
        return qs.prefetch_related(
            models.Prefetch(
                "aanbodlocaties",
                queryset=AanbodLocatie.objects.only("aanbod_id")
                .annotate(wijknaam=models.F("locatie__wijk__naam"))
                .prefetch_related(
                    models.Prefetch("tijdsloten", to_attr="kaart_tijdsloten"),
                    models.Prefetch("sluitingen", to_attr="kaart_sluitingen"),
                ),
                to_attr="kaart_locaties",
            ),
        )

    def _fetch_all(self):
        """Reading the offers (a list, a loop, a page) also unpacks their places for the cards
        (``met_kaartgegevens`` on PostgreSQL: the column ``kaart_json``, unless ``values()``
        left it out). ``iterator()`` does not come through here: it would leave the places as
        unread JSON, so cards are read as a list."""
        laden = (
            self._result_cache is None
            and "kaart_json" in self.query.annotation_select
            and issubclass(self._iterable_class, models.query.ModelIterable)
        )
        super()._fetch_all()
        if laden:
            from .rooster import kaartlocaties_uitpakken

            kaartlocaties_uitpakken(self._result_cache)

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
        return self.met_lijstgegevens().prefetch_related("themas", "doelgroepen", "talen")


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
    zoektekst = models.TextField(editable=False, blank=True)
    # PostgreSQL only: the weighted full-text vector (A: name, themes, search words; B: place,
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
            # PostgreSQL also has aanbod_controle_idx (migration 0008) for aanbod.zoeken.
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
