"""Review finding: the console mail backend passed `check --deploy`, so a production site
could run for weeks without sending a single mail to residents."""

import os
import secrets
import subprocess
import sys

from django.conf import settings


def _check(**omgeving) -> subprocess.CompletedProcess:
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "TMPDIR") if k in os.environ}
    env.update(
        DJANGO_SETTINGS_MODULE="wijkportaal.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="wijkportaal.example",
        **omgeving,
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_console_mail_in_productie_faalt():
    uitvoer = _check(EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend")
    assert uitvoer.returncode != 0
    assert "wijkportaal.E001" in uitvoer.stderr + uitvoer.stdout


def test_zonder_mailinstelling_faalt_het_ook():
    """The default (console) is for development only."""
    uitvoer = _check()
    assert uitvoer.returncode != 0
    assert "mail wordt niet verstuurd" in uitvoer.stderr + uitvoer.stdout


def test_make_serve_zonder_tls_krijgt_een_waarschuwing():
    uitvoer = _check(SECURE_SSL_REDIRECT="0", SECURE_COOKIES="0")
    assert uitvoer.returncode == 0
    assert "wijkportaal.W001" in uitvoer.stderr + uitvoer.stdout


def test_smtp_in_productie_is_goed():
    uitvoer = _check(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend")
    assert uitvoer.returncode == 0, uitvoer.stdout + uitvoer.stderr
    assert "wijkportaal.E001" not in uitvoer.stdout + uitvoer.stderr
