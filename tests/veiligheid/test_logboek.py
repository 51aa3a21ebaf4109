"""Review finding: partner, status and verification tokens were written to the access log
in the path. Whoever reads the log could open a resident's question."""

import importlib.util
import json
import logging
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings

from wijkportaal.logging import pad_maskeren

TOKEN = "eyJ2IjoxMjN9:1tQk2b:Xy-abc_DEF123"
PADEN = [
    (f"/partner/{TOKEN}/", "/partner/***/"),
    (f"/partner/{TOKEN}/actie/", "/partner/***/actie/"),
    ("/vraag/K7QX-93MB/", "/vraag/***/"),
    (f"/controle/{TOKEN}/12/klopt/", "/controle/***/12/klopt/"),
    ("/account/reset/MTI/cbx9k2-0a1b2c3d4e5f/", "/account/reset/MTI/***/"),
]


@pytest.mark.parametrize(("pad", "gemaskeerd"), PADEN)
def test_pad_wordt_gemaskeerd(pad, gemaskeerd):
    assert pad_maskeren(pad) == gemaskeerd


@pytest.mark.parametrize("pad", ["/vraag/", "/vraag/versturen/", "/aanbod/koffie/", "/balie/"])
def test_gewone_paden_blijven_leesbaar(pad):
    assert pad_maskeren(pad) == pad


def _record(logger: str, msg: str, *args) -> logging.LogRecord:
    return logging.LogRecord(logger, logging.INFO, __file__, 1, msg, args, None)


def _geschreven(logger_naam: str, record: logging.LogRecord) -> str:
    """What the handlers the settings configure for this logger would write."""
    logger = logging.getLogger(logger_naam)
    handlers = logger.handlers or logging.getLogger().handlers
    assert handlers
    regels = []
    for handler in handlers:
        assert handler.filter(record)
        regels.append(handler.format(record))
    return "\n".join(regels)


def test_runserver_verzoekregel_zonder_token():
    record = _record("django.server", '"%s" %s %s', f"GET /partner/{TOKEN}/ HTTP/1.1", "200", "5")
    record.status_code = 200
    tekst = _geschreven("django.server", record)
    assert TOKEN not in tekst
    assert "/partner/***/" in tekst


def test_niet_gevonden_waarschuwing_zonder_statuscode():
    record = _record("django.request", "Not Found: %s", "/vraag/K7QX-93MB/")
    tekst = _geschreven("django.request", record)
    assert "K7QX-93MB" not in tekst
    assert "/vraag/***/" in tekst


def test_json_log_van_een_verzoek_zonder_token():
    from wijkportaal.logging import JsonFormatter

    record = _record("django.request", "Iets ging mis")
    record.request = SimpleNamespace(method="GET", path=f"/controle/{TOKEN}/")
    regel = json.loads(JsonFormatter().format(record))
    assert regel["pad"] == "/controle/***/"


def test_instellingen_hangen_het_filter_aan_elke_handler():
    for naam, handler in settings.LOGGING["handlers"].items():
        assert "tokens" in handler.get("filters", []), naam


def test_gunicorn_toegangslog_zonder_token():
    spec = importlib.util.spec_from_file_location(
        "gunicorn_conf", Path(settings.BASE_DIR) / "gunicorn.conf.py"
    )
    conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conf)
    regels = []
    logger = conf.JsonAccessLogger.__new__(conf.JsonAccessLogger)
    logger.access_log = SimpleNamespace(info=regels.append)
    logger.cfg = SimpleNamespace(accesslog="-")
    verzoek = SimpleNamespace(method="GET", path=f"/partner/{TOKEN}/")
    antwoord = SimpleNamespace(status_code=200, sent=1234)
    conf.JsonAccessLogger.access(logger, antwoord, verzoek, {}, timedelta(milliseconds=12))
    assert len(regels) == 1
    assert TOKEN not in regels[0]
    assert json.loads(regels[0])["pad"] == "/partner/***/"
