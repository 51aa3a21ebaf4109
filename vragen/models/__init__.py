from .audit import AuditActie, AuditRegel
from .routering import Reactienorm, Routeringsregel
from .terugbellen import Belresultaat, Terugbelafspraak, TerugbelStatus
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
