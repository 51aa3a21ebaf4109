"""System checks of our own (``manage.py check --deploy``)."""

from django.conf import settings
from django.core import checks

# Backends that never deliver a mail: a resident would never get the link to their question.
NIET_VERSTUREND = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
}


@checks.register(checks.Tags.security, deploy=True)
def mail_wordt_verstuurd(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """With DEBUG off, mail must really leave. An error in production (HTTPS redirect on);
    a warning for `make serve` on one's own machine (no TLS, SECURE_SSL_REDIRECT=0)."""
    if settings.DEBUG or settings.EMAIL_BACKEND not in NIET_VERSTUREND:
        return []
    soort = checks.Error if settings.SECURE_SSL_REDIRECT else checks.Warning
    return [
        soort(
            f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: mail wordt niet verstuurd.",
            hint="Zet EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend en EMAIL_HOST.",
            id="wijkportaal.E001" if soort is checks.Error else "wijkportaal.W001",
        )
    ]
