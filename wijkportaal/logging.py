"""Structured logging: one JSON object per line, for the log collector in production."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed in ``extra`` and is kept.
_STANDAARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
# Never written to the log: requests carry cookies and form data (personal data).
_WEGLATEN = {"request"}


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
            regel["pad"] = verzoek.path
        for sleutel, waarde in vars(record).items():
            if sleutel not in _STANDAARD and sleutel not in _WEGLATEN and sleutel not in regel:
                regel[sleutel] = waarde if _is_json(waarde) else repr(waarde)
        if record.exc_info:
            regel["fout"] = self.formatException(record.exc_info)
        return json.dumps(regel, ensure_ascii=False)


def _is_json(waarde) -> bool:
    return isinstance(waarde, str | int | float | bool | type(None))
