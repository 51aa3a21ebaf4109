"""Coded statuses and outcomes, so a gemeente can compare desks (docs/uitkomstcodes.md).

Every status maps to a FHIR R4 Task status (http://hl7.org/fhir/task-status); two
transitions in the history have their own Task status ('accepted', 'rejected'). Every outcome
and every answer to "Heeft dit je geholpen?" has a code in Wijkportaal's own code list.
Codes never change meaning; a new outcome gets a new code.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from vragen.models import Antwoord, Uitkomst, VraagStatus

TAAKSTATUS_SYSTEEM = "http://hl7.org/fhir/task-status"
UITKOMST_SYSTEEM = "https://wijkportaal.utrecht.nl/codes/uitkomst"


class Taakstatus(models.TextChoices):
    REQUESTED = "requested", _("aangevraagd")
    RECEIVED = "received", _("ontvangen door aanspreekpunt")
    ACCEPTED = "accepted", _("aangenomen")
    REJECTED = "rejected", _("teruggegeven")
    IN_PROGRESS = "in-progress", _("in behandeling")
    ON_HOLD = "on-hold", _("wacht op inwoner")
    COMPLETED = "completed", _("afgerond")
    CANCELLED = "cancelled", _("gestopt")


S = VraagStatus
STATUS_TAAK: dict[str, str] = {
    S.NIEUW: Taakstatus.REQUESTED,
    S.DOORVERWEZEN: Taakstatus.RECEIVED,
    S.IN_BEHANDELING: Taakstatus.IN_PROGRESS,
    S.WACHT_OP_INWONER: Taakstatus.ON_HOLD,
    S.AFGEHANDELD: Taakstatus.COMPLETED,
    S.GEANNULEERD: Taakstatus.CANCELLED,
    S.HEROPEND: Taakstatus.REQUESTED,
}
# Transitions with a Task status of their own (the aanspreekpunt's answer to a referral).
OVERGANG_TAAK: dict[tuple[str, str], str] = {
    (S.DOORVERWEZEN, S.IN_BEHANDELING): Taakstatus.ACCEPTED,
    (S.DOORVERWEZEN, S.NIEUW): Taakstatus.REJECTED,
}
UITKOMST_CODE: dict[str, str] = {
    Uitkomst.GEHOLPEN: "U01-geholpen",
    Uitkomst.ANDER_AANBOD: "U02-doorverwezen-ander-aanbod",
    Uitkomst.GEEN_PASSEND_AANBOD: "U03-geen-passend-aanbod",
    Uitkomst.NIET_BEREIKT: "U04-niet-bereikt",
}
# Not closed (yet): no outcome code; reopened is its own code, so it is counted apart.
HEROPEND_CODE = "U05-heropend"
TERUGKOPPELING_CODE: dict[str, str] = {
    Antwoord.JA: "T01-geholpen-volgens-inwoner",
    Antwoord.GEDEELTELIJK: "T02-deels-geholpen-volgens-inwoner",
    Antwoord.NEE: "T03-niet-geholpen-volgens-inwoner",
}


def taakstatus(status: str) -> str:
    return STATUS_TAAK[status]


def overgang_taakstatus(van: str, naar: str) -> str:
    """The Task status a line in the history stands for."""
    return OVERGANG_TAAK.get((van, naar), STATUS_TAAK[naar])


def uitkomstcode(status: str, uitkomst: str) -> str:
    """The outcome code of a question now ('' while it is open and was never reopened)."""
    if status == S.HEROPEND:
        return HEROPEND_CODE
    if status == S.AFGEHANDELD:
        return UITKOMST_CODE.get(uitkomst, "")
    return ""


def codelijst() -> list[tuple[str, str, str]]:
    """(code, meaning, system) of every code, in the order of docs/uitkomstcodes.md."""
    rijen = [(t.value, str(t.label), TAAKSTATUS_SYSTEEM) for t in Taakstatus]
    rijen += [(c, str(Uitkomst(u).label), UITKOMST_SYSTEEM) for u, c in UITKOMST_CODE.items()]
    rijen.append((HEROPEND_CODE, str(S.HEROPEND.label), UITKOMST_SYSTEEM))
    rijen += [(c, str(Antwoord(a).label), UITKOMST_SYSTEEM) for a, c in TERUGKOPPELING_CODE.items()]
    return rijen
