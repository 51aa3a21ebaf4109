"""When is an offer open? Recurring slots, Dutch public holidays and closures, in local time."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays
from django.db.models import Exists, F, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from aanbod.models import AanbodLocatie, Sluiting, Tijdslot
from aanbod.versie import catalogusversie, per_versie
from wijkportaal.modellen import geladen

VOORUIT_KIJKEN_DAGEN = 62


@lru_cache(maxsize=32)
def _feestdagen(jaar: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=jaar, language="nl")


@lru_cache(maxsize=1024)
def feestdag(dag: date) -> str | None:
    """The name of the Dutch public holiday on ``dag``, or None (a result card asks for every
    slot on every day it looks at; the holidays library's own lookup costs ten times more)."""
    return _feestdagen(dag.year).get(dag)


def tijdsloten_van(aanbod_locatie: AanbodLocatie) -> list[Tijdslot]:
    """Its slots: the list ``met_blokgegevens`` loaded, else the (prefetched) relation."""
    return geladen(aanbod_locatie, "blok_tijdsloten", "tijdsloten")


def sluitingen_van(aanbod_locatie: AanbodLocatie) -> list[Sluiting]:
    """Its closures: the list ``met_blokgegevens`` loaded, else the (prefetched) relation."""
    return geladen(aanbod_locatie, "blok_sluitingen", "sluitingen")


def sluiting_op(sluitingen: list[Sluiting], dag: date) -> Sluiting | None:
    if not sluitingen:  # nearly every location: no generator needed
        return None
    return next((s for s in sluitingen if s.dekt(dag)), None)


def slot_open_op_dag(slot: Tijdslot, sluitingen: list[Sluiting], dag: date) -> bool:
    """Whether ``slot`` really takes place on ``dag``."""
    if not slot.valt_op(dag) or sluiting_op(sluitingen, dag):
        return False
    return slot.open_op_feestdagen or feestdag(dag) is None


@dataclass(frozen=True)
class Moment:
    begin: datetime
    einde: datetime
    slot: Tijdslot


def momenten(aanbod_locatie: AanbodLocatie, vanaf: date, dagen: int, tz=None) -> list[Moment]:
    """Every opening of ``aanbod_locatie`` in the ``dagen`` days from ``vanaf``, in order, in
    ``tz`` (the current time zone when not given).

    Uses the prefetched ``tijdsloten`` and ``sluitingen``: no queries when they are prefetched.
    """
    tz = tz or timezone.get_current_timezone()
    sloten = tijdsloten_van(aanbod_locatie)
    sluitingen = sluitingen_van(aanbod_locatie)
    gevonden = []
    for i in range(dagen):
        dag = vanaf + timedelta(days=i)
        for slot in sloten:
            if slot_open_op_dag(slot, sluitingen, dag):
                gevonden.append(
                    Moment(
                        begin=datetime.combine(dag, slot.opent, tzinfo=tz),
                        einde=datetime.combine(dag, slot.sluit, tzinfo=tz),
                        slot=slot,
                    )
                )
    return sorted(gevonden, key=lambda m: m.begin)


@dataclass(frozen=True)
class Openstatus:
    open: bool
    tot: datetime | None = None
    volgende: datetime | None = None
    sluiting: Sluiting | None = None
    heeft_tijden: bool = True

    @property
    def tekst(self) -> str:
        """The status in plain words: 'Nu open tot 12:00', 'Gesloten. Opent dinsdag om 10:00'."""
        zinnen = _zinnen(get_language())
        if not self.heeft_tijden:
            return zinnen["geen_tijden"]
        if self.open:
            return zinnen["open_tot"] % {"tijd": kloktijd(self.tot)}
        if self.volgende is None:
            return zinnen["gesloten"]
        return zinnen["opent"] % {"wanneer": wanneer(self.volgende)}


@lru_cache(maxsize=8)
def _zinnen(taal: str) -> dict[str, str]:
    """The sentences of an open status in ``taal``, the active language: translated once, not
    on every card (Django's gettext costs more than the rest of the sentence)."""
    return {
        "geen_tijden": _("Geen vaste openingstijden"),
        "open_tot": _("Nu open, tot %(tijd)s"),
        "gesloten": _("Gesloten"),
        "opent": _("Gesloten. Opent %(wanneer)s"),
        "vandaag": _("vandaag om %(tijd)s"),
        "morgen": _("morgen om %(tijd)s"),
        "dag": _("%(dag)s om %(tijd)s"),
    }


def kloktijd(moment: datetime) -> str:
    """'14:00': the same in every language of the site (Django's time_format(moment, "H:i")
    gives the same, through its format machinery: a tenth of a result card's time)."""
    return f"{moment:%H:%M}"


def wanneer(moment: datetime) -> str:
    """'vandaag om 14:00', 'morgen om 10:00' or 'dinsdag 3 maart om 10:00'."""
    moment = timezone.localtime(moment)
    dag = moment.date()
    vandaag = timezone.localdate()
    taal = get_language()
    zinnen = _zinnen(taal)
    tijd = kloktijd(moment)
    if dag == vandaag:
        return zinnen["vandaag"] % {"tijd": tijd}
    if dag == vandaag + timedelta(days=1):
        return zinnen["morgen"] % {"tijd": tijd}
    return zinnen["dag"] % {"dag": _dagnaam(dag, taal), "tijd": tijd}


@lru_cache(maxsize=512)
def _dagnaam(dag: date, taal: str) -> str:
    """'dinsdag 3 maart' in ``taal``, the active language: Django's date format machinery once
    per day and language, not on every card that opens that day."""
    return date_format(dag, "l j F")


def openstatus(aanbod_locaties: list[AanbodLocatie], moment: datetime | None = None) -> Openstatus:
    """Open now (until when) or closed (opens when) over one or more offer-locations, at
    ``moment`` (now when not given; a page of cards passes its one 'now' to every card)."""
    moment = timezone.localtime(moment or timezone.now())
    if not any(tijdsloten_van(al) for al in aanbod_locaties):
        return Openstatus(open=False, heeft_tijden=False)
    vandaag, tz = moment.date(), moment.tzinfo  # the current time zone, looked up once
    vandaag_momenten = [m for al in aanbod_locaties for m in momenten(al, vandaag, 1, tz)]
    nu_open = [m for m in vandaag_momenten if m.begin <= moment < m.einde]
    if nu_open:
        return Openstatus(open=True, tot=max(m.einde for m in nu_open))
    vandaag_dicht = next(
        (s for al in aanbod_locaties for s in sluitingen_van(al) if s.dekt(vandaag)), None
    )
    later = [m.begin for m in vandaag_momenten if m.begin > moment]
    volgende = min(later) if later else _eerste_opening(aanbod_locaties, vandaag, tz)
    return Openstatus(open=False, volgende=volgende, sluiting=vandaag_dicht)


def _eerste_opening(aanbod_locaties: list[AanbodLocatie], vandaag: date, tz) -> datetime | None:
    """The first opening after ``vandaag``, day by day up to VOORUIT_KIJKEN_DAGEN ahead: most
    offers open again within days, and the first day with an opening holds the earliest.
    A slot is only asked about on its own weekday, and not at all once it has ended: an offer
    whose slots have all ended would be looked at for 61 days each (bench/RESULTS.md)."""
    roosters = [
        (slot, sluitingen_van(al))
        for al in aanbod_locaties
        for slot in tijdsloten_van(al)
        if slot.geldig_tot is None or slot.geldig_tot > vandaag
    ]
    if not roosters:
        return None
    for i in range(1, VOORUIT_KIJKEN_DAGEN):
        dag = vandaag + timedelta(days=i)
        weekdag = dag.weekday()
        openingen = [
            slot.opent
            for slot, sluitingen in roosters
            if slot.weekdag == weekdag and slot_open_op_dag(slot, sluitingen, dag)
        ]
        if openingen:
            return datetime.combine(dag, min(openingen), tzinfo=tz)
    return None


def _grenzen() -> list[time]:
    """Every time of day at which some offer opens or closes, in order (per catalogue version)."""

    def lezen() -> list[time]:
        paren = Tijdslot.objects.values_list("opent", "sluit").distinct().order_by()
        return sorted({tijd for paar in paren for tijd in paar})

    return per_versie("grenzen", lezen)


def tijdvak(moment: datetime) -> str:
    """The stretch of the day that ``moment`` falls in, between two times at which some offer
    opens or closes (or midnight). Every open or closed status, 'opent vandaag om ...' and
    the offers open now stay the same throughout it, so whatever shows them can be kept that
    long: '20261124-100000' from 10:00 until the next opening or closing time."""
    moment = timezone.localtime(moment)
    grenzen = _grenzen()
    plek = bisect.bisect_right(grenzen, moment.time())
    begin = grenzen[plek - 1] if plek else time(0)
    return f"{moment:%Y%m%d}-{begin:%H%M%S}"


def open_aanbod_ids(moment: datetime) -> list[int]:
    """Ids of offers with a location open at ``moment``: SQL narrows, Python decides.

    The same for every visitor in the same stretch of the day (``tijdvak``), so kept that
    long (per catalogue version: a change of opening times counts at once)."""
    moment = timezone.localtime(moment)
    # One list per process, for the current stretch: a key per stretch would keep every
    # stretch's list of the day (up to 100,000 ids each) until it is pushed out.
    vak = tijdvak(moment)
    return per_versie("open", lambda: _open_aanbod_ids(moment), f"{catalogusversie()}:{vak}")


def _open_aanbod_ids(moment: datetime) -> list[int]:
    dag, tijd = moment.date(), moment.time().replace(microsecond=0)
    gesloten = Sluiting.objects.filter(
        aanbod_locatie=OuterRef("aanbod_locatie"), van__lte=dag, tot__gte=dag
    )
    kandidaten = list(
        Tijdslot.objects.filter(weekdag=dag.weekday(), opent__lte=tijd, sluit__gt=tijd)
        .exclude(geldig_van__gt=dag)
        .exclude(geldig_tot__lt=dag)
        .exclude(Exists(gesloten))
        .annotate(aanbod_nr=F("aanbod_locatie__aanbod_id"))
    )
    is_feestdag = feestdag(dag) is not None
    return sorted(
        {
            slot.aanbod_nr
            for slot in kandidaten
            if slot.valt_op(dag) and (slot.open_op_feestdagen or not is_feestdag)
        }
    )


def week_overzicht(aanbod_locatie: AanbodLocatie, vandaag: date | None = None) -> list[dict]:
    """The coming seven days, today first, with the times per day (for the detail page)."""
    vandaag = vandaag or timezone.localdate()
    per_dag: dict[date, list[Moment]] = {}
    for m in momenten(aanbod_locatie, vandaag, 7):
        per_dag.setdefault(m.begin.date(), []).append(m)
    sluitingen = list(aanbod_locatie.sluitingen.all())
    dagen = []
    for i in range(7):
        dag = vandaag + timedelta(days=i)
        dagen.append(
            {
                "datum": dag,
                "vandaag": i == 0,
                "momenten": per_dag.get(dag, []),
                "feestdag": feestdag(dag),
                "sluiting": sluiting_op(sluitingen, dag),
            }
        )
    return dagen
