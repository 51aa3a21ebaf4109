"""What a resident reads about their question, per status and outcome, in plain words (B1).

One place for these texts: the status page and the messages (e-mail, sms) both use them, so
the page and the message never tell a different story. Each text names an organisation, never
a staff member: ``aanspreekpunt_naam`` is a person and stays out of everything a resident sees.
"""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from vragen.models import Uitkomst, Vraag, VraagStatus


@dataclass(frozen=True)
class Statustekst:
    nu: str  # what happens now
    wie: str  # who helps: an organisation
    verwachting: str  # what to expect, and by when


def _datum(dag) -> str:
    return date_format(dag, "l j F")


def wie_helpt(vraag: Vraag) -> str:
    """The organisation that helps now: the eerste aanspreekpunt, or else the desk."""
    if vraag.aanspreekpunt_organisatie_id:
        return vraag.aanspreekpunt_organisatie.naam
    if vraag.informatiepunt_id:
        return vraag.informatiepunt.naam
    return _("het Wijkinformatiepunt")


def doorverwezen_naar(vraag: Vraag, aanbod: list | None = None) -> str:
    """The organisations a closed question was referred to, in words ('A en B')."""
    namen: list[str] = []
    for item in aanbod or []:
        if item.organisatie.naam not in namen:
            namen.append(item.organisatie.naam)
    if not namen:
        namen = [wie_helpt(vraag)]
    if len(namen) == 1:
        return namen[0]
    return _("%(eerste)s en %(laatste)s") % {
        "eerste": ", ".join(namen[:-1]),
        "laatste": namen[-1],
    }


def statustekst(vraag: Vraag, aanbod: list | None = None) -> Statustekst:
    """The resident's text for the question's current status and outcome.

    ``aanbod``: the offers it was referred to (with their organisation), if the caller has
    them; they name who helps after an outcome 'ander aanbod'."""
    tekst = _statustekst(vraag, aanbod)
    return Statustekst(
        nu=capfirst(tekst.nu), wie=capfirst(tekst.wie), verwachting=capfirst(tekst.verwachting)
    )


def _statustekst(vraag: Vraag, aanbod: list | None) -> Statustekst:
    wie = wie_helpt(vraag)
    datum = _datum(vraag.deadline)
    bereikbaar = vraag.toestemming_contact and vraag.heeft_contactgegevens
    zelf_bellen = _(
        "Je hebt geen telefoonnummer of e-mail gegeven. Bel of kom langs bij het "
        "Wijkinformatiepunt en noem je referentie."
    )
    status = vraag.status
    if status == VraagStatus.NIEUW:
        return Statustekst(
            nu=_("We hebben je vraag ontvangen. We zoeken uit wie je het beste kan helpen."),
            wie=wie,
            verwachting=_("Je hoort uiterlijk %(datum)s van ons.") % {"datum": datum}
            if bereikbaar
            else zelf_bellen,
        )
    if status == VraagStatus.DOORVERWEZEN:
        return Statustekst(
            nu=_("We hebben je vraag doorgegeven aan %(org)s. Zij kunnen je helpen.")
            % {"org": wie},
            wie=wie,
            verwachting=_("%(org)s neemt uiterlijk %(datum)s contact met je op.")
            % {"org": wie, "datum": datum}
            if bereikbaar
            else zelf_bellen,
        )
    if status == VraagStatus.IN_BEHANDELING:
        return Statustekst(
            nu=_("%(org)s werkt aan je vraag.") % {"org": wie},
            wie=wie,
            verwachting=_(
                "Heb je na %(datum)s nog niets gehoord? Bel of kom langs bij het "
                "Wijkinformatiepunt."
            )
            % {"datum": datum},
        )
    if status == VraagStatus.WACHT_OP_INWONER:
        return Statustekst(
            nu=_("We wachten op jou. We hebben geprobeerd je te bereiken."),
            wie=wie,
            verwachting=_("Bel of kom langs bij het Wijkinformatiepunt en noem je referentie."),
        )
    if status == VraagStatus.HEROPEND:
        return Statustekst(
            nu=_("We kijken opnieuw naar je vraag."),
            wie=wie,
            verwachting=_("Je hoort uiterlijk %(datum)s van ons.") % {"datum": datum}
            if bereikbaar
            else zelf_bellen,
        )
    if status == VraagStatus.GEANNULEERD:
        return Statustekst(
            nu=_("Deze vraag is gestopt."),
            wie=wie,
            verwachting=_("Heb je nog een vraag? Bel of kom langs, of stel een nieuwe vraag."),
        )
    return _afgehandeld(vraag, wie, aanbod)


def _afgehandeld(vraag: Vraag, wie: str, aanbod: list | None) -> Statustekst:
    nog_vragen = _("Heb je nog een vraag? Bel of kom langs, of stel een nieuwe vraag.")
    if vraag.uitkomst == Uitkomst.ANDER_AANBOD:
        naar = doorverwezen_naar(vraag, aanbod)
        return Statustekst(
            nu=_("Je vraag is afgehandeld. Je bent doorverwezen naar %(org)s.") % {"org": naar},
            wie=naar,
            verwachting=_(
                "Zij nemen contact met je op, of je neemt zelf contact op. Hieronder staat "
                "hoe je ze bereikt."
            ),
        )
    if vraag.uitkomst == Uitkomst.GEEN_PASSEND_AANBOD:
        return Statustekst(
            nu=_("Je vraag is afgehandeld. We hebben (nog) niets gevonden dat past."),
            wie=wie,
            verwachting=_("We gebruiken je vraag om het aanbod in de wijk beter te maken. %(meer)s")
            % {"meer": nog_vragen},
        )
    if vraag.uitkomst == Uitkomst.NIET_BEREIKT:
        return Statustekst(
            nu=_("Je vraag is gesloten. We konden je niet bereiken."),
            wie=wie,
            verwachting=_("Wil je nog hulp? Bel of kom langs bij het Wijkinformatiepunt."),
        )
    return Statustekst(
        nu=_("Je vraag is afgehandeld. %(org)s heeft je geholpen.") % {"org": capfirst(wie)},
        wie=wie,
        verwachting=nog_vragen,
    )
