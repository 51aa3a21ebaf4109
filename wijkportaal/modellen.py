"""Shared model behaviour."""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BigIntegerField, BooleanField, Expression, F, Func, Model
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class IdLijst(Expression):
    """A list of ids as one ``bigint[]`` parameter: ``Value(ids, output_field=
    ArrayField(...))`` would prepare every id on its own. It goes as the array's text
    ('{3,5,8}'), far cheaper than psycopg's list dumper for thousands of ids
    (bench/RESULTS.md), and PostgreSQL still reads it once, when it parses the query."""

    output_field = ArrayField(BigIntegerField())

    def __init__(self, ids: Iterable[int]):
        super().__init__()
        self.ids = list(ids)

    def as_sql(self, compiler, connection):
        return "%s::bigint[]", ["{" + ",".join(str(int(pk)) for pk in self.ids) + "}"]


class EenVan(Func):
    """``veld = ANY(ids)``."""

    arg_joiner = " = ANY("
    template = "%(expressions)s)"
    output_field = BooleanField()


def een_van(veld: str, ids: Iterable[int]) -> EenVan:
    """A filter for "``veld`` is one of ``ids``". With thousands of ids, ``veld__in`` makes a
    parameter per id, and building and parsing such a query costs more than running it; the
    ids go as one array instead."""
    return EenVan(F(veld), IdLijst(ids))


def geladen(obj, lijst: str, relatie: str) -> list:
    """The related objects as the plain list a ``Prefetch(to_attr=lijst)`` loaded, or else
    through the relation (prefetched or not)."""
    geladen_lijst = getattr(obj, lijst, None)
    return geladen_lijst if geladen_lijst is not None else list(getattr(obj, relatie).all())


class AlleenAanvullen:
    """For logs and histories: rows are added, never changed (``save`` on an existing row
    raises). Set ``wijzigen_verboden`` to the message; ``delete_verboden`` also blocks delete."""

    wijzigen_verboden = "Deze gegevens worden alleen aangevuld, nooit gewijzigd."
    delete_verboden = False

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError(self.wijzigen_verboden)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.delete_verboden:
            raise ValueError(self.wijzigen_verboden)
        return super().delete(*args, **kwargs)


class DoorWie(models.Model):
    """Who did it, for histories and logs: ``door`` (a user, may be gone later) or
    ``door_omschrijving`` (who else, in words: "inwoner via statuslink", "HSDS-import van
    ..."); ``wie`` names whoever did it, "systeem" if nobody."""

    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=gettext_lazy("door"),
    )
    door_omschrijving = models.CharField(
        gettext_lazy("door (omschrijving)"), max_length=200, blank=True
    )

    class Meta:
        abstract = True

    @property
    def wie(self) -> str:
        if self.door_omschrijving:
            return self.door_omschrijving
        if self.door is not None:
            return self.door.get_full_name() or self.door.get_username()
        return _("systeem")


class AlBeoordeeld(ValidationError):
    """The row was reviewed already, perhaps by another coordinator at the same moment; the
    message is the status it has now."""


def nieuw_vergrendelen(obj: Model) -> Model:
    """``obj`` as stored now, its row locked until the transaction ends; AlBeoordeeld when its
    ``status`` is no longer "nieuw". For reviews (proposals, residents' initiatives): of two
    coordinators acting at once, the second waits for the first and then hears so."""
    vergrendeld = type(obj)._default_manager.select_for_update().get(pk=obj.pk)
    if vergrendeld.status != "nieuw":
        raise AlBeoordeeld(vergrendeld.get_status_display())
    return vergrendeld
