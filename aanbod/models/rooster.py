"""Opening times: recurring slots and closures per offer-at-location (HSDS: schedule)."""

import calendar
from datetime import date, time
from functools import cache

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.utils.translation import gettext_lazy as _

from .aanbod import AanbodLocatie
from .gebied import Wijk
from .locatie import Locatie


class Frequentie(models.TextChoices):
    WEKELIJKS = "WEEKLY", _("Elke week")
    MAANDELIJKS = "MONTHLY", _("Elke maand")


class Weekdag(models.IntegerChoices):
    MAANDAG = 0, _("maandag")
    DINSDAG = 1, _("dinsdag")
    WOENSDAG = 2, _("woensdag")
    DONDERDAG = 3, _("donderdag")
    VRIJDAG = 4, _("vrijdag")
    ZATERDAG = 5, _("zaterdag")
    ZONDAG = 6, _("zondag")


class WeekVanDeMaand(models.IntegerChoices):
    EERSTE = 1, _("eerste")
    TWEEDE = 2, _("tweede")
    DERDE = 3, _("derde")
    VIERDE = 4, _("vierde")
    LAATSTE = -1, _("laatste")


HSDS_DAGEN = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class Tijdslot(models.Model):
    """A recurring time slot: weekly (optionally every N weeks) or the Nth weekday of a month."""

    aanbod_locatie = models.ForeignKey(
        AanbodLocatie, on_delete=models.CASCADE, related_name="tijdsloten"
    )
    frequentie = models.CharField(
        _("hoe vaak"), max_length=10, choices=Frequentie.choices, default=Frequentie.WEKELIJKS
    )
    interval = models.PositiveSmallIntegerField(
        _("om de hoeveel weken/maanden"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    weekdag = models.PositiveSmallIntegerField(_("dag"), choices=Weekdag.choices)
    week_van_de_maand = models.SmallIntegerField(
        _("week van de maand"),
        choices=WeekVanDeMaand.choices,
        null=True,
        blank=True,
        help_text=_("Alleen bij 'elke maand': bijvoorbeeld de eerste dinsdag."),
    )
    opent = models.TimeField(_("van"))
    sluit = models.TimeField(_("tot"))
    geldig_van = models.DateField(_("geldig vanaf"), null=True, blank=True)
    geldig_tot = models.DateField(_("geldig tot en met"), null=True, blank=True)
    startdatum = models.DateField(
        _("eerste keer"),
        null=True,
        blank=True,
        help_text=_("Nodig bij 'om de twee weken': een datum waarop het wél is."),
    )
    open_op_feestdagen = models.BooleanField(_("ook open op feestdagen"), default=False)
    toelichting = models.CharField(_("toelichting"), max_length=200, blank=True)

    class Meta:
        ordering = ["weekdag", "opent"]
        verbose_name = _("openingstijd")
        verbose_name_plural = _("openingstijden")
        indexes = [models.Index(fields=["weekdag", "opent", "sluit"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(sluit__gt=models.F("opent")), name="tijdslot_sluit_na_opent"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_weekdag_display()} {self.opent:%H:%M}-{self.sluit:%H:%M}"

    def clean(self) -> None:
        if self.opent and self.sluit and self.sluit <= self.opent:
            raise ValidationError({"sluit": _("De eindtijd moet na de begintijd liggen.")})
        if self.frequentie == Frequentie.MAANDELIJKS and self.week_van_de_maand is None:
            raise ValidationError(
                {"week_van_de_maand": _("Kies welke week van de maand (bijv. de eerste).")}
            )
        if self.frequentie == Frequentie.WEKELIJKS and self.week_van_de_maand is not None:
            raise ValidationError(
                {"week_van_de_maand": _("Een week van de maand hoort alleen bij 'elke maand'.")}
            )
        if self.interval > 1 and not (self.startdatum or self.geldig_van):
            raise ValidationError({"startdatum": _("Vul een datum in waarop het wél is.")})
        if self.geldig_van and self.geldig_tot and self.geldig_tot < self.geldig_van:
            raise ValidationError({"geldig_tot": _("Deze datum ligt voor 'geldig vanaf'.")})

    def valt_op(self, dag: date) -> bool:
        """Whether this slot recurs on ``dag`` (before holidays and closures)."""
        if dag.weekday() != self.weekdag:
            return False
        if (self.geldig_van and dag < self.geldig_van) or (
            self.geldig_tot and dag > self.geldig_tot
        ):
            return False
        anker = self.startdatum or self.geldig_van
        if self.frequentie == Frequentie.MAANDELIJKS:
            laatste_dag = calendar.monthrange(dag.year, dag.month)[1]
            if self.week_van_de_maand == WeekVanDeMaand.LAATSTE:
                if dag.day + 7 <= laatste_dag:
                    return False
            elif (dag.day - 1) // 7 + 1 != self.week_van_de_maand:
                return False
            if self.interval > 1 and anker:
                maanden = (dag.year - anker.year) * 12 + dag.month - anker.month
                return maanden % self.interval == 0
            return True
        if self.interval > 1 and anker:
            return ((dag - anker).days // 7) % self.interval == 0
        return True

    @property
    def hsds_byday(self) -> str:
        dag = HSDS_DAGEN[self.weekdag]
        if self.frequentie == Frequentie.MAANDELIJKS and self.week_van_de_maand:
            return f"{self.week_van_de_maand}{dag}"
        return dag

    @property
    def omschrijving(self) -> str:
        """The recurrence in plain words, e.g. 'elke eerste dinsdag van de maand'."""
        dag = self.get_weekdag_display()
        if self.frequentie == Frequentie.MAANDELIJKS:
            week = self.get_week_van_de_maand_display()
            return _("elke %(week)s %(dag)s van de maand") % {"week": week, "dag": dag}
        if self.interval == 2:
            return _("om de week op %(dag)s") % {"dag": dag}
        if self.interval > 2:
            return _("elke %(n)s weken op %(dag)s") % {"n": self.interval, "dag": dag}
        return _("elke %(dag)s") % {"dag": dag}


class Sluiting(models.Model):
    """A closure: from one date up to and including another, with a reason."""

    aanbod_locatie = models.ForeignKey(
        AanbodLocatie, on_delete=models.CASCADE, related_name="sluitingen"
    )
    van = models.DateField(_("gesloten vanaf"))
    tot = models.DateField(_("tot en met"))
    reden = models.CharField(_("reden"), max_length=200, blank=True)

    class Meta:
        ordering = ["van"]
        verbose_name = _("sluiting")
        verbose_name_plural = _("sluitingen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(tot__gte=models.F("van")), name="sluiting_tot_na_van"
            )
        ]

    def __str__(self) -> str:
        return f"{self.van:%d-%m-%Y} t/m {self.tot:%d-%m-%Y}"

    def clean(self) -> None:
        if self.van and self.tot and self.tot < self.van:
            raise ValidationError({"tot": _("Deze datum ligt voor 'gesloten vanaf'.")})

    def dekt(self, dag: date) -> bool:
        return self.van <= dag <= self.tot


# JSON gives times and dates as ISO text: read them back the quick way; any other field's
# own to_python (numbers, text and booleans come back as they were).
_UIT_JSON = {"TimeField": time.fromisoformat, "DateField": date.fromisoformat}


def _json_kolommen(model: type[models.Model], alias: str) -> tuple[str, list]:
    """Every column of ``model`` as one JSON array (SQL), and per column how to read it back."""
    velden = model._meta.concrete_fields
    kolommen = ", ".join(f"{alias}.{connection.ops.quote_name(v.column)}" for v in velden)
    omzetters = [_UIT_JSON.get(v.get_internal_type(), v.to_python) for v in velden]
    return f"json_build_array({kolommen})", omzetters


@cache
def _bloklocaties_sql() -> tuple[str, list, list]:
    """The SQL of ``BloklocatiesJson`` (the offer's id goes where %(expressions)s is), and
    how to read back a slot's and a closure's columns."""
    tabel = connection.ops.quote_name
    slot, slot_omzetters = _json_kolommen(Tijdslot, "t")
    sluiting, sluiting_omzetters = _json_kolommen(Sluiting, "s")
    sql = f"""(
        SELECT json_agg(json_build_array(
          al.id,
          w.naam,
          (SELECT json_agg({slot} ORDER BY t.weekdag, t.opent, t.id)
             FROM {tabel(Tijdslot._meta.db_table)} t WHERE t.aanbod_locatie_id = al.id),
          (SELECT json_agg({sluiting} ORDER BY s.van, s.id)
             FROM {tabel(Sluiting._meta.db_table)} s WHERE s.aanbod_locatie_id = al.id)
        ) ORDER BY al.id)
        FROM {tabel(AanbodLocatie._meta.db_table)} al
        JOIN {tabel(Locatie._meta.db_table)} l ON l.id = al.locatie_id
        LEFT JOIN {tabel(Wijk._meta.db_table)} w ON w.id = l.wijk_id
        WHERE al.aanbod_id = %(expressions)s
    )::text"""
    return sql, slot_omzetters, sluiting_omzetters


class BloklocatiesJson(models.Func):
    """PostgreSQL: an offer's locations for its card, as JSON in a column of the offer's own
    row: per location its id, its wijk's name, its slots and its closures (every column).
    It goes as text, which ``JSONField`` reads (psycopg would read a json column itself and
    hand ``JSONField`` a list)."""

    output_field = models.JSONField()

    def __init__(self):
        super().__init__(models.F("pk"))

    def as_sql(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, template=_bloklocaties_sql()[0], **extra)


def _modellen(model: type[models.Model], rijen: list | None, omzetters: list, db: str) -> list:
    return [
        model.from_db(
            db,
            None,
            [None if w is None else om(w) for w, om in zip(rij, omzetters, strict=True)],
        )
        for rij in rijen or ()
    ]


def bloklocaties_uitpakken(aanbiedingen: list) -> None:
    """Give each offer read with ``BloklocatiesJson`` (as ``blok_json``) its locations
    (``blok_locaties``, each with ``wijknaam``) and each location its slots and closures
    (``blok_tijdsloten``, ``blok_sluitingen``), as model objects. Django's prefetch took
    three more queries and built a queryset per offer and per location: a sixth of the work
    of a search page at national scale (ADR 0009, decision 9)."""
    _sql, slot_omzetters, sluiting_omzetters = _bloklocaties_sql()
    db = connection.alias  # looked up once: each lookup goes through asgiref
    for aanbod in aanbiedingen:
        aanbod.blok_locaties = []
        for al_id, wijknaam, sloten, sluitingen in aanbod.__dict__.pop("blok_json") or ():
            al = AanbodLocatie.from_db(db, ("id", "aanbod_id"), (al_id, aanbod.pk))
            al.wijknaam = wijknaam
            al.blok_tijdsloten = _modellen(Tijdslot, sloten, slot_omzetters, db)
            al.blok_sluitingen = _modellen(Sluiting, sluitingen, sluiting_omzetters, db)
            aanbod.blok_locaties.append(al)
