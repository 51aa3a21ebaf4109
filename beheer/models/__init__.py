from .correctie import Correctie, CorrectieStatus
from .signaal import Signaalsamenvatting
from .verificatie import Verificatieverzoek
from .voorstel import VOORSTELVELDEN, VoorstelStatus, Wijzigingsvoorstel

__all__ = [
    "VOORSTELVELDEN",
    "Correctie",
    "CorrectieStatus",
    "Signaalsamenvatting",
    "Verificatieverzoek",
    "VoorstelStatus",
    "Wijzigingsvoorstel",
]
