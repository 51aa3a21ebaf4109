"""Signed, expiring links that work without an account: the aanspreekpunt's link to one
question (vragen) and an organisation's link to check its offers (beheer).

A token is signed (Django's TimestampSigner) with the salt of its kind of link, so a token
of one kind never opens another, and it expires after the number of days in a setting. It
holds ids and keys only, never personal data. Revoking is up to the app: the row or key a
token names is deleted or changed, and the app's lookup finds nothing.
"""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core import signing


@dataclass(frozen=True)
class GetekendeLink:
    """One kind of link: ``salt`` keeps kinds apart, ``dagen`` names the setting with the
    number of days a link works."""

    salt: str
    dagen: str

    def token(self, inhoud: dict) -> str:
        return signing.TimestampSigner(salt=self.salt).sign_object(inhoud)

    def inhoud(self, token: str) -> dict | None:
        """What a valid, unexpired token of this kind holds, or None."""
        max_age = getattr(settings, self.dagen) * 24 * 3600
        try:
            inhoud = signing.TimestampSigner(salt=self.salt).unsign_object(token, max_age=max_age)
        except (signing.BadSignature, ValueError, TypeError):
            return None
        return inhoud if isinstance(inhoud, dict) else None


def als_uuid(waarde) -> str | None:
    """``waarde`` as a UUID string, or None when it is not one."""
    try:
        return str(uuid.UUID(str(waarde)))
    except ValueError:
        return None
