"""The secure, expiring link in the 'check your offers' mail: no account needed.

The token is signed (TimestampSigner) and names ONE organisation and the request it was sent
with; it works for that organisation's offers only, as often as needed until it expires
(settings.AANBOD_VERIFICATIELINK_DAGEN). Deleting the request revokes it.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse

from beheer.models import Verificatieverzoek

SALT = "beheer.verificatielink"


def verificatietoken(verzoek: Verificatieverzoek) -> str:
    return signing.TimestampSigner(salt=SALT).sign_object(
        {"o": verzoek.organisatie_id, "v": str(verzoek.uuid)}
    )


def verificatielink(verzoek: Verificatieverzoek) -> str:
    return reverse("beheer_publiek:controle", args=[verificatietoken(verzoek)])


def verzoek_bij_token(token: str) -> Verificatieverzoek | None:
    """The request of a valid, unexpired token, or None."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(
            token, max_age=settings.AANBOD_VERIFICATIELINK_DAGEN * 24 * 3600
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("o"), int):
        return None
    return (
        Verificatieverzoek.objects.select_related("organisatie")
        .filter(uuid__in=_als_uuid(data.get("v")), organisatie_id=data["o"])
        .first()
    )


def _als_uuid(waarde) -> list[str]:
    import uuid

    try:
        return [str(uuid.UUID(str(waarde)))]
    except ValueError:
        return []
