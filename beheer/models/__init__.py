from .correctie import Correctie, CorrectieStatus
from .historie import AanbodWijziging, Bron
from .signaal import Signaalsamenvatting
from .verificatie import Verificatieverzoek
from .voorstel import VOORSTELVELDEN, VoorstelStatus, Wijzigingsvoorstel

__all__ = [
    "VOORSTELVELDEN",
    "AanbodWijziging",
    "Bron",
    "Correctie",
    "CorrectieStatus",
    "Signaalsamenvatting",
    "Verificatieverzoek",
    "VoorstelStatus",
    "Wijzigingsvoorstel",
]
