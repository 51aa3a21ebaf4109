from .audit import AuditActie, AuditRegel
from .routering import Reactienorm, Routeringsregel
from .terugkoppeling import TERUGKOPPELLINK, Antwoord, Terugkoppeling
from .vraag import (
    OPEN_STATUSSEN,
    OVERGANGEN,
    Kanaal,
    StatusWijziging,
    Uitkomst,
    Vraag,
    VraagQuerySet,
    VraagStatus,
)

__all__ = [
    "Antwoord",
    "TERUGKOPPELLINK",
    "Terugkoppeling",
    "AuditActie",
    "AuditRegel",
    "OPEN_STATUSSEN",
    "OVERGANGEN",
    "Kanaal",
    "Reactienorm",
    "Routeringsregel",
    "StatusWijziging",
    "Uitkomst",
    "Vraag",
    "VraagQuerySet",
    "VraagStatus",
]
