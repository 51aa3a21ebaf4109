"""Sending a text message (sms): one small backend interface, chosen by the setting
``SMS_BACKEND``, so a provider (a gateway's HTTP API) plugs in later without touching the
callers. The default backend prints to the console, like Django's console mail backend.

A backend is a class with ``versturen(aan, tekst)``; it raises on failure, and the outbox
(wijkportaal.mail) keeps the message and retries it.
"""

import sys

from django.conf import settings
from django.utils.module_loading import import_string


class ConsoleBackend:
    """Writes each message to stdout (development, demo)."""

    def versturen(self, aan: str, tekst: str) -> None:
        sys.stdout.write(f"SMS aan {aan}:\n{tekst}\n{'-' * 40}\n")
        sys.stdout.flush()


class GeheugenBackend:
    """Keeps each message in ``verstuurd`` (tests)."""

    verstuurd: list[tuple[str, str]] = []

    def versturen(self, aan: str, tekst: str) -> None:
        GeheugenBackend.verstuurd.append((aan, tekst))


def sms_versturen(aan: str, tekst: str) -> None:
    import_string(settings.SMS_BACKEND)().versturen(aan, tekst)
