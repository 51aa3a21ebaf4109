from .audit import AuditActie, AuditRegel
from .routering import Reactienorm, Routeringsregel
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
