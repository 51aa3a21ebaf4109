from .audit import AuditActie, AuditRegel
from .routering import Reactienorm, Routeringsregel
from .terugbellen import Belresultaat, Terugbelafspraak, TerugbelStatus
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
    "Belresultaat",
    "OPEN_STATUSSEN",
    "OVERGANGEN",
    "Kanaal",
    "Reactienorm",
    "Routeringsregel",
    "StatusWijziging",
    "Terugbelafspraak",
    "TerugbelStatus",
    "Uitkomst",
    "Vraag",
    "VraagQuerySet",
    "VraagStatus",
]
