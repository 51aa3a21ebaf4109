"""Structured logging: one JSON object per line, for the log collector in production."""

import json
import logging
import re
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed in ``extra`` and is kept.
_STANDAARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
# Never written to the log: requests carry cookies and form data (personal data).
_WEGLATEN = {"request"}


# Secrets in paths: partner links, residents' status codes, verification links, password
# reset links. Whoever reads the log must not be able to open them.
_TOKEN_IN_PAD = re.compile(
    r"(/(?:partner|controle)/|/vraag/(?!versturen/)|/account/reset/[^/\s?\"]+/)"
    r"(?!\*\*\*)([^/\s?\"]+)"
)
MASKER = "***"


def pad_maskeren(tekst: str) -> str:
    """``tekst`` (a path, a request line, a log message) with every token replaced by ***."""
    return _TOKEN_IN_PAD.sub(lambda m: m.group(1) + MASKER, tekst)


class TokensMaskeren(logging.Filter):
    """Masks tokens in a record's message (runserver's request lines, 'Not Found: /partner/…'
    warnings); attached to every handler in settings.LOGGING."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            bericht = record.getMessage()
        except Exception:  # a broken record is the formatter's problem, not ours
            return True
        gemaskeerd = pad_maskeren(bericht)
        if gemaskeerd != bericht:
            record.msg, record.args = gemaskeerd, ()
        return True


class JsonFormatter(logging.Formatter):
    """Formats a record as a JSON line: time, level, logger, message, extras, exception."""

    def format(self, record: logging.LogRecord) -> str:
        regel = {
            "tijd": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "niveau": record.levelname,
            "logger": record.name,
            "bericht": record.getMessage(),
        }
        verzoek = getattr(record, "request", None)
        if verzoek is not None and hasattr(verzoek, "path"):
            regel["methode"] = getattr(verzoek, "method", "")
            regel["pad"] = pad_maskeren(verzoek.path)
        for sleutel, waarde in vars(record).items():
            if sleutel not in _STANDAARD and sleutel not in _WEGLATEN and sleutel not in regel:
                regel[sleutel] = waarde if _is_json(waarde) else repr(waarde)
        if record.exc_info:
            regel["fout"] = self.formatException(record.exc_info)
        return json.dumps(regel, ensure_ascii=False)


def _is_json(waarde) -> bool:
    return isinstance(waarde, str | int | float | bool | type(None))
