"""The secure, expiring link an aanspreekpunt gets by e-mail: no account needed.

The token is signed (TimestampSigner) and names one question and its current partner key;
choosing another aanspreekpunt changes the key, so older links stop working.
"""

import uuid

from django.conf import settings
from django.core import signing
from django.urls import reverse

from vragen.models import Vraag

SALT = "vragen.partnerlink"


def partnertoken(vraag: Vraag) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object(
        {"v": str(vraag.uuid), "k": vraag.partnersleutel}
    )


def partnerlink(vraag: Vraag) -> str:
    return reverse("vragen:partner", args=[partnertoken(vraag)])


def vraag_bij_token(token: str) -> Vraag | None:
    """The question of a valid, unexpired token, or None."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(
            token, max_age=settings.VRAGEN_PARTNERLINK_DAGEN * 24 * 3600
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or not _is_uuid(data.get("v")):
        return None
    return (
        Vraag.objects.niet_geanonimiseerd()
        .filter(uuid=data["v"], partnersleutel=str(data.get("k")))
        .first()
    )


def _is_uuid(waarde) -> bool:
    try:
        uuid.UUID(str(waarde))
    except ValueError:
        return False
    return True
