"""Activities as an iCalendar feed: one recurring event per time slot (RFC 5545).

Calendar apps expand the recurrence themselves. Dutch public holidays (unless the slot is open
on holidays) and closures in the coming year are left out with EXDATE.
"""

from datetime import UTC, date, datetime, timedelta

from django.db.models import QuerySet
from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from aanbod.models import Frequentie, Tijdslot
from aanbod.openingstijden import feestdag, sluiting_op
from opendata.serialiseren import tijdslot_sleutel
from opendata.taxonomie import afgeleid_id

DAGEN = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
VOORUIT = 366


def eerste_keer(slot: Tijdslot, vanaf: date) -> date | None:
    """The first day from ``vanaf`` (or the slot's own start) on which the slot recurs."""
    begin = (
        max(d for d in (vanaf, slot.geldig_van, slot.startdatum) if d)
        if slot.interval == 1
        else (slot.startdatum or slot.geldig_van or vanaf)
    )
    for i in range(VOORUIT + 62):
        dag = begin + timedelta(days=i)
        if slot.valt_op(dag):
            return dag
    return None


def _regel(slot: Tijdslot) -> vRecur:
    regel = {"FREQ": slot.frequentie, "WKST": "MO"}
    if slot.interval > 1:
        regel["INTERVAL"] = slot.interval
    dag = DAGEN[slot.weekdag]
    if slot.frequentie == Frequentie.MAANDELIJKS and slot.week_van_de_maand:
        regel["BYDAY"] = f"{slot.week_van_de_maand}{dag}"
    else:
        regel["BYDAY"] = dag
    if slot.geldig_tot:
        tz = timezone.get_current_timezone()
        einde = datetime.combine(slot.geldig_tot, slot.sluit, tzinfo=tz)
        regel["UNTIL"] = einde.astimezone(UTC)
    return vRecur(regel)


def kalender(aanbod_qs: QuerySet, naam: str, basis_url: str) -> bytes:
    """An iCalendar file with every time slot of the activities in ``aanbod_qs``."""
    tz = timezone.get_current_timezone()
    vandaag = timezone.localdate()
    nu = timezone.now()
    cal = Calendar()
    cal.add("prodid", "-//Wijkinformatiepunten Utrecht//Wijkportaal//NL")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", naam)
    cal.add("x-wr-timezone", str(tz))
    for aanbod in aanbod_qs.met_lijstgegevens():
        url = basis_url + aanbod.get_absolute_url()
        for al in aanbod.aanbodlocaties.all():
            sluitingen = list(al.sluitingen.all())
            locatie = al.locatie
            plek = (
                locatie.naam
                if locatie.vertrouwelijk_adres
                else ", ".join(d for d in (locatie.naam, locatie.adres) if d)
            )
            if locatie.wijk_id:
                plek += f" ({locatie.wijk.naam})"
            for slot in al.tijdsloten.all():
                if slot.geldig_tot and slot.geldig_tot < vandaag:
                    continue
                dag = eerste_keer(slot, vandaag)
                if dag is None:
                    continue
                event = Event()
                event.add(
                    "uid", f"{afgeleid_id(al.hsds_id, 'tijd', *tijdslot_sleutel(slot))}@wijkportaal"
                )
                event.add("dtstamp", nu)
                event.add("summary", aanbod.naam)
                event.add("description", f"{aanbod.beschrijving}\n\n{url}".strip())
                event.add("location", plek)
                event.add("url", url)
                event.add("dtstart", datetime.combine(dag, slot.opent, tzinfo=tz))
                event.add("dtend", datetime.combine(dag, slot.sluit, tzinfo=tz))
                event.add("rrule", _regel(slot))
                uitzonderingen = [
                    datetime.combine(d, slot.opent, tzinfo=tz)
                    for d in (dag + timedelta(days=i) for i in range(VOORUIT))
                    if slot.valt_op(d)
                    and (
                        sluiting_op(sluitingen, d) or (not slot.open_op_feestdagen and feestdag(d))
                    )
                ]
                if uitzonderingen:
                    event.add("exdate", uitzonderingen)
                cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()
