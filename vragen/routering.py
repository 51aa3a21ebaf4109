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
