"""Two staff change a question's status at the same moment: both changes are kept, in order."""

import threading
import time

import pytest
from django.db import connection

from tests.factories import maak_vraag
from vragen import services
from vragen.models import Vraag, VraagStatus

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks (select_for_update) need PostgreSQL; SQLite locks the whole file.",
    ),
    # serialized_rollback: the flush afterwards would otherwise delete the wijken and themes
    # that the migrations loaded.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_twee_gelijktijdige_statuswijzigingen_gaan_allebei_de_historie_in(monkeypatch):
    vraag = maak_vraag()
    echte_mail = services._mail_bij_status

    def trage_mail(*args, **kwargs):
        # Hold the row lock a little longer so the other thread really has to wait.
        time.sleep(0.3)
        return echte_mail(*args, **kwargs)

    monkeypatch.setattr(services, "_mail_bij_status", trage_mail)
    start = threading.Barrier(2)
    fouten = []

    def wijzig(status: str) -> None:
        try:
            start.wait()
            services.vraag_status_wijzigen(
                vraag=Vraag.objects.get(pk=vraag.pk), nieuwe_status=status, door=None
            )
        except Exception as fout:  # collected and asserted below
            fouten.append(fout)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=wijzig, args=(VraagStatus.IN_BEHANDELING,)),
        threading.Thread(target=wijzig, args=(VraagStatus.WACHT_OP_INWONER,)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert fouten == []
    historie = list(Vraag.objects.get(pk=vraag.pk).historie.order_by("pk"))
    assert len(historie) == 3
    assert {h.naar_status for h in historie[1:]} == {"in_behandeling", "wacht_op_inwoner"}
    # Each change started from the status the previous one left: nothing was read stale.
    for vorige, volgende in zip(historie, historie[1:], strict=False):
        assert volgende.van_status == vorige.naar_status
    assert Vraag.objects.get(pk=vraag.pk).status == historie[-1].naar_status
