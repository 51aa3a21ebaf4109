import json
import logging

from wijkportaal.logging import JsonFormatter


def _regel(**extra) -> dict:
    record = logging.makeLogRecord(
        {"name": "wijkportaal.mail", "levelname": "ERROR", "levelno": 40, "msg": "Mail %s mislukt"}
    )
    record.args = ("abc",)
    for sleutel, waarde in extra.items():
        setattr(record, sleutel, waarde)
    return json.loads(JsonFormatter().format(record))


def test_een_json_regel_per_gebeurtenis():
    regel = _regel(status_code=500)
    assert regel["niveau"] == "ERROR"
    assert regel["logger"] == "wijkportaal.mail"
    assert regel["bericht"] == "Mail abc mislukt"
    assert regel["status_code"] == 500
    assert regel["tijd"].endswith("+00:00")


def test_fout_staat_erbij_en_het_verzoek_alleen_als_pad(rf):
    verzoek = rf.post("/vraag/versturen/", {"tekst": "Ik heb schulden"})
    try:
        raise ValueError("kapot")
    except ValueError:
        import sys

        regel = _regel(request=verzoek, exc_info=sys.exc_info())
    assert regel["pad"] == "/vraag/versturen/" and regel["methode"] == "POST"
    assert "ValueError: kapot" in regel["fout"]
    assert "schulden" not in json.dumps(regel)  # form data never reaches the log
