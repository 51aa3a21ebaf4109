"""Which eerste aanspreekpunt gets a question: ordered rules, first match wins."""

from aanbod.models import Doelgroep, Wijk
from vragen.models import Routeringsregel


def regel_zoeken(
    *, thema_ids: set[int], wijk: Wijk | None, doelgroep: Doelgroep | None
) -> Routeringsregel | None:
    """The first active rule that matches; None means the coordinators' queue."""
    for regel in Routeringsregel.objects.filter(actief=True).select_related("organisatie"):
        if regel.past_bij(
            thema_ids=set(thema_ids),
            wijk_id=wijk.pk if wijk else None,
            doelgroep_id=doelgroep.pk if doelgroep else None,
        ):
            return regel
    return None


def bekende_aanspreekpunten() -> list[Routeringsregel]:
    """Every aanspreekpunt the active rules know, once each (organisation, person, e-mail),
    by organisation name: staff choose from these instead of retyping a contact."""
    gezien, uniek = set(), []
    regels = Routeringsregel.objects.filter(actief=True).select_related("organisatie")
    for regel in regels.order_by("organisatie__naam", "contactpersoon", "email", "pk"):
        sleutel = (regel.organisatie_id, regel.contactpersoon, regel.email.lower())
        if sleutel not in gezien:
            gezien.add(sleutel)
            uniek.append(regel)
    return uniek
